import "../security/als-global";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { guardAdmin } from "@/components/admin/require-admin";
import { adminPrincipals } from "../../factories/admin";
import { inNextRequestScope } from "../security/next-scope";

/** The guard every /[locale]/admin layout and page runs, with a real request's cookies. */
const asVisitor = (cookie?: string) =>
  inNextRequestScope(new Request("http://localhost:3000/en/admin/review", { headers: cookie ? { cookie } : {} }), () => guardAdmin("en", "/admin/review"));

// next.config.js enables experimental.authInterrupts; outside `next start` the flag is this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  who = await adminPrincipals();
});

describe("only admins reach /[locale]/admin pages", () => {
  it("sends anonymous visitors (and suspended people) to sign in, then back", async () => {
    for (const cookie of [undefined, who.suspended.cookie]) {
      const err = await asVisitor(cookie).then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      expect(err?.digest).toMatch(/^NEXT_REDIRECT;replace;\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Freview;307;/);
    }
  });

  it("refuses members and organisers with HTTP 403 (the 'administrators only' page)", async () => {
    for (const cookie of [who.member.cookie, who.organiser.cookie]) {
      const err = await asVisitor(cookie).then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      expect(err?.digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
  });

  it("lets admins through", async () => {
    const result = await asVisitor(who.admin.cookie);
    expect(result.denied).toBeNull();
    expect(result.user?.id).toBe(who.admin.id);
  });
});

describe("every admin page runs the guard itself", () => {
  // Layouts and pages render in parallel in the App Router, so the layout's check alone is not enough.
  it("page.tsx and layout.tsx under app/[locale]/admin call guardAdmin before loading data", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "page.tsx" || name === "layout.tsx") files.push(full);
      }
    };
    walk(path.join(process.cwd(), "app", "[locale]", "admin"));
    expect(files.length).toBeGreaterThanOrEqual(12);
    const unguarded = files.filter((f) => !/const \{[^}]*denied[^}]*\} = await guardAdmin\(/.test(readFileSync(f, "utf8")) || !readFileSync(f, "utf8").includes("if (denied) return denied;"));
    expect(unguarded).toEqual([]);
  });
});
