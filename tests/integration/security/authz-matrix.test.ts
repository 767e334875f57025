import "./als-global";
import { beforeAll, describe, expect, it } from "vitest";
import { call, sessionCookieFor } from "../helpers/http";
import { authzRows } from "./authz";
import type { AuthzRow } from "./authz/types";
import { prepareSecurityEnv } from "./env";
import { discoverRoutes, fillPath, type RouteEntry } from "./routes";
import { buildWorld, clonePrincipal, PRINCIPALS, type Acting, type World } from "./world";

prepareSecurityEnv();

let routes: RouteEntry[];
let world: World;
let callNo = 0;

beforeAll(async () => {
  routes = await discoverRoutes();
  world = await buildWorld();
});

describe("authorisation matrix", () => {
  it("has at least one row for every route handler and method, and no rows for routes that do not exist", () => {
    const covered = new Set(authzRows.map((r) => r.key));
    const existing = new Set(routes.map((r) => r.key));
    expect(routes.length).toBeGreaterThan(0);
    expect([...existing].filter((k) => !covered.has(k)), "routes without a row in tests/integration/security/authz").toEqual([]);
    expect([...covered].filter((k) => !existing.has(k)), "rows for routes that no longer exist").toEqual([]);
  });

  for (const row of authzRows) {
    it(`${row.key}${row.variant ? ` (${row.variant})` : ""}`, async () => {
      const route = routes.find((r) => r.key === row.key);
      if (!route) throw new Error(`no route handler for ${row.key}`);
      const failures = [];
      for (const principal of PRINCIPALS) failures.push(...(await check(route, row, principal)));
      expect(failures).toEqual([]);
    });
  }
});

async function check(route: RouteEntry, row: AuthzRow, principal: (typeof PRINCIPALS)[number]): Promise<string[]> {
  let self: Acting = null;
  if (row.clone) self = await clonePrincipal(world, principal);
  else if (principal !== "anonymous") self = { id: world.users[principal].id, email: world.users[principal].email!, cookie: world.cookies[principal]! };
  const req = await row.request(world, principal, self);
  const url = new URL(fillPath(route.path, req.params ?? {}), "http://localhost:3000");
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const cookie = req.freshSession && self ? await sessionCookieFor(self.id) : self?.cookie;
  const res = await call(route.handler, url.toString(), {
    method: route.method,
    body: req.body,
    headers: req.headers,
    params: req.params as Record<string, string>,
    cookie,
    // A different address per call: the matrix is about permissions, not rate limits.
    ip: `198.51.${Math.floor(++callNo / 250) % 250}.${callNo % 250}`,
  });
  const out: string[] = [];
  const wanted = row.expect[principal];
  const ok = typeof wanted === "number" ? res.status === wanted : wanted.includes(res.status);
  if (!ok) out.push(`${principal}: expected ${JSON.stringify(wanted)}, got ${res.status} ${res.text.slice(0, 200)}`);
  for (const s of world.sentinels.secret) if (res.text.includes(s)) out.push(`${principal}: secret leaked (${s.slice(0, 12)}…)`);
  const personal = world.sentinels.personal(principal).filter((s) => res.text.includes(s));
  if (!row.privateTo?.includes(principal)) for (const s of personal) out.push(`${principal}: personal data leaked: ${s}`);
  // Anything personal (someone's data, or the caller's own address) must never sit in a shared cache.
  const ownData = !!self && res.text.includes(self.email);
  const cacheControl = res.headers.get("cache-control") ?? "";
  if ((personal.length || ownData) && res.status < 300 && !/no-store/.test(cacheControl)) {
    out.push(`${principal}: personal response without Cache-Control: no-store (got "${cacheControl}")`);
  }
  return out;
}
