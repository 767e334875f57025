import fc from "fast-check";
import { z } from "zod";
import { operations } from "@/lib/openapi/registry";
import type { RouteEntry } from "../routes";
import type { Principal } from "../world";
import { fromSchema, mutate, type Hints } from "./from-schema";
import { headerString, wildString, wildValue } from "./values";

export type FuzzRequest = {
  principal: Principal;
  params: Record<string, string | string[]>;
  query: [string, string][];
  headers: Record<string, string>;
  /** A raw string is sent as is (broken JSON, oversized); anything else is JSON-encoded. */
  body?: string;
};

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const GENERIC_QUERY_KEYS = ["bbox", "zoom", "lat", "lng", "radiusKm", "kind", "from", "to", "when", "q", "cursor", "limit", "locale", "status", "id"];
const NEXTAUTH_ACTIONS = ["session", "csrf", "providers", "signin", "signout", "callback", "email", "credentials", "error", "verify-request", "_log"];

const toJson = (s: z.ZodType | undefined) => (s ? (z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as object) : undefined);

function specOf(route: RouteEntry) {
  return operations.find((op) => op.path === route.openApiPath && op.method.toUpperCase() === route.method);
}

const principal = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Principal>("anonymous") },
  { weight: 1, arbitrary: fc.constant<Principal>("member") },
  { weight: 2, arbitrary: fc.constant<Principal>("organiser") },
  { weight: 1, arbitrary: fc.constant<Principal>("otherOrganiser") },
  { weight: 1, arbitrary: fc.constant<Principal>("suspended") },
  { weight: 2, arbitrary: fc.constant<Principal>("admin") },
);

const headers = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----x",
      "application/jsonp",
      "",
    ),
    origin: fc.constantFrom("http://localhost:3000", "https://evil.example", "null", "http://localhost:3000.evil.example"),
    "sec-fetch-site": fc.constantFrom("same-origin", "cross-site", "same-site", "none", "garbage"),
    "accept-language": fc.oneof(fc.constantFrom("ar", "fr-FR,fr;q=0.9", "*", "xx-YY;q=abc"), headerString),
    "x-forwarded-for": fc.oneof(fc.constantFrom("127.0.0.1", "::1", "1.2.3.4, 5.6.7.8"), headerString),
    "x-garbage-cookie": fc.oneof(
      fc.constantFrom("mobilise.session=%E0%A4%A", "mobilise.session=", "mobilise.session=deadbeef", "=;;=;", "next-auth.csrf-token=x%7Cy"),
      headerString.map((s) => `mobilise.session=${s}`),
    ),
  },
  { requiredKeys: [] },
);

/** The arbitrary of malformed (and a few well-formed) requests for one route and method. */
export function requestArbitrary(route: RouteEntry, hints: Hints): fc.Arbitrary<FuzzRequest> {
  const spec = specOf(route);
  const idValue = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...hints.ids) }, { weight: 1, arbitrary: wildString });
  const paramShape: Record<string, fc.Arbitrary<string | string[]>> = {};
  for (const p of route.params) {
    // A catch-all segment always has at least one part: /api/auth alone is not this route.
    paramShape[p] = p === "nextauth" ? fc.array(fc.oneof(fc.constantFrom(...NEXTAUTH_ACTIONS), wildString), { minLength: 1, maxLength: 3 }) : idValue;
  }
  const querySchema = toJson(spec?.query) as { properties?: Record<string, object> } | undefined;
  const queryKeys = querySchema?.properties ? Object.keys(querySchema.properties) : GENERIC_QUERY_KEYS;
  const validQuery = querySchema ? fromSchema(querySchema, hints) : fc.constant({});
  const query = fc.oneof(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), wildString), fc.oneof(wildString, fc.integer().map(String))), { maxLength: 6 }),
    mutate(validQuery).map((q) => Object.entries((q ?? {}) as Record<string, unknown>).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""])),
  );
  const bodySchema = toJson(spec?.body);
  const body = MUTATING.has(route.method)
    ? fc.oneof(
        { weight: 5, arbitrary: mutate(fromSchema(bodySchema, hints)).map((b) => JSON.stringify(b) ?? "null") },
        { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: wildValue.map((v) => JSON.stringify(v) ?? "") },
        { weight: 1, arbitrary: fc.string({ maxLength: 80 }).filter((s) => !/\bat\s/.test(s)) },
        { weight: 1, arbitrary: fc.constantFrom('{"a":', "[", '{"__proto__":{"role":"ADMIN"},"constructor":{"prototype":{"role":"ADMIN"}}}', "nul", "\uFEFF{}", "{}{}", '{"a":1}garbage') },
        { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => "[".repeat(n) + "]".repeat(n)) },
        { weight: 1, arbitrary: fc.constantFrom(70_000, 1_100_000).map((n) => JSON.stringify({ text: "x".repeat(n) })) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.constant(undefined);
  return fc.record({ principal, params: fc.record(paramShape), query, headers, body }).map((r) => ({ ...r, body: r.body }));
}
