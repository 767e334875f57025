import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Next's rules (React, hooks, a11y) plus the layering rules from the architecture section. */
const config = [
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "data/**", "lib/generated/**", "tmp/**", "test-results/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Imports flow one way: app → components → lib. lib never renders, ui never knows the domain.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/components/*", "@/app/*", "../components/*"], message: "lib must not import UI code" }] }],
    },
  },
  {
    files: ["components/ui/**/*.tsx", "components/ui/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/*/mutations", "@/lib/*/queries", "@/lib/db", "@/lib/db/*"], message: "ui primitives take props, not data" }] }],
    },
  },
  {
    // Client code reaches the server only through the JSON API (fetch + TanStack Query).
    // Catalogues reach it only as the messages a layout passes down: importing them here would
    // put all five languages in every page's JavaScript.
    files: ["components/**/*.tsx", "components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/db/*", "@/lib/*/mutations"], message: "components call the API; pages pass data down" },
            { group: ["@/lib/i18n/messages", "@/lib/i18n/messages/*", "@/lib/i18n/translate", "@/lib/i18n/server", "@/lib/i18n/client-messages"], message: "use useI18n() or a t prop; types come from @/lib/i18n/translator", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Journeys fail on console and page errors only through the shared fixture; a spec importing
    // Playwright's own `test` would silently opt out of that check.
    files: ["tests/e2e/**/*.ts"],
    ignores: ["tests/e2e/helpers/test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@playwright/test", importNames: ["test", "expect"], message: "import { test, expect } from tests/e2e/helpers/test: it fails a journey on console and page errors" },
          ],
        },
      ],
    },
  },
];

export default config;
