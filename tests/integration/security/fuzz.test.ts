import "./als-global";
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { tableChecksums } from "@/lib/db/checksum";
import { call, sessionCookieFor } from "../helpers/http";
import { prepareSecurityEnv } from "./env";
import { requestArbitrary, type FuzzRequest } from "./fuzz/requests";
import { internalDetail } from "./fuzz/values";
import { discoverRoutes, fillPath, type RouteEntry } from "./routes";
import { buildWorld, PRINCIPALS, type Principal, type World } from "./world";

prepareSecurityEnv();

const SEED = 20_261_127;
const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Checksums are taken every this many writes (and after each route): cheap enough, still precise. */
const WINDOW = 48;
/** Requests in flight at once: the database waits overlap, as they would on a server. */
const CONCURRENCY = 4;
const EXCLUDE = ["RateLimitBucket"];
const READS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * Reads that legitimately write when they succeed: next-auth extends a database session's expiry
 * when it is read; every attendee export is written to the audit log.
 */
const WRITING_READS = new Set(["GET /api/auth/[...nextauth]", "GET /api/actions/[id]/attendees.csv"]);

let routes: RouteEntry[];
let world: World;
let cookies: Record<Principal, string | undefined>;

beforeAll(async () => {
  routes = await discoverRoutes();
  world = await buildWorld();
  cookies = { ...world.cookies };
});

type Sent = { route: string; status: number; accepted: boolean; req: FuzzRequest };

/**
 * A write the server took. HTML forms hear "no" as a 303 back with `…Error=` in the Location,
 * so a 303 is accepted only without one: a refused form must leave the database as it was too.
 */
const acceptedWrite = (res: { status: number; headers?: Headers }) =>
  res.status < 300 || (res.status === 303 && !/Error=/.test(res.headers?.get("location") ?? ""));

describe("fuzzing every route handler", () => {
  it(`${TOTAL} malformed bodies, query strings and headers: no 5xx, no internals, rejected requests change nothing`, async () => {
    const db = await getDb();
    const hints = await fuzzHints(world);
    const perRoute = Math.ceil(TOTAL / routes.length);
    const failures: string[] = [];
    const stats = { sent: 0, rejectedWrites: 0, acceptedWrites: 0, windows: 0, byStatus: {} as Record<number, number> };
    let baseline = await tableChecksums(db, EXCLUDE);
    let window: Sent[] = [];

    let checksumMs = 0;
    const closeWindow = async () => {
      if (!window.length) return;
      const t0 = performance.now();
      const dirty = window.some((s) => (!READS.has(s.route.split(" ")[0]) || WRITING_READS.has(s.route)) && s.accepted);
      let now = await tableChecksums(db, EXCLUDE);
      if (!dirty) {
        stats.windows++;
        const changed = Object.keys(now).filter((t) => JSON.stringify(now[t]) !== JSON.stringify(baseline[t]));
        if (changed.length) failures.push(`tables ${changed.join(", ")} changed by rejected requests: ${window.map((s) => `${s.route} → ${s.status}`).join("; ")}`);
      } else {
        // Accepted writes may have ended a principal's session (sign-out, password change): renew.
        cookies = await renewCookies(world);
        now = await tableChecksums(db, EXCLUDE);
      }
      baseline = now;
      window = [];
      checksumMs += performance.now() - t0;
    };

    // What the server logged for a 500 (the body only has a request id): shown with the failure.
    const logged = new Map<string, string>();
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(" ");
      const id = /\[api\] ([0-9a-f-]{36})/.exec(text)?.[1] ?? "last";
      // Prisma puts the cause at the end of a long message: keep both ends.
      logged.set(id, text.length > 500 ? `${text.slice(0, 150)} … ${text.slice(-350)}` : text);
    });
    const record = (route: RouteEntry, req: FuzzRequest, res: { status: number; text: string; headers?: Headers }) => {
      stats.sent++;
      stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
      const accepted = READS.has(route.method) ? res.status < 400 : acceptedWrite(res);
      if (!READS.has(route.method) && accepted) stats.acceptedWrites++;
      else if (!READS.has(route.method)) stats.rejectedWrites++;
      const shown = `${route.key} ${show(req)}`;
      if (res.status >= 500) {
        const id = /"requestId":"([0-9a-f-]{36})"/.exec(res.text)?.[1] ?? "last";
        failures.push(`${res.status} from ${shown}: ${res.text.slice(0, 300)} [logged: ${logged.get(id) ?? ""}]`);
      }
      const leak = internalDetail(res.text);
      if (leak) failures.push(`internal detail "${leak}" in ${res.status} from ${shown}: ${res.text.slice(0, 300)}`);
      window.push({ route: route.key, status: res.status, accepted, req });
    };
    const timing: [string, number][] = [];
    for (const [i, route] of routes.entries()) {
      const started = performance.now();
      const samples = fc.sample(requestArbitrary(route, hints), { seed: SEED + i, numRuns: perRoute });
      // Reads are checked once per route; writes in windows small enough to name the culprits.
      const windowSize = READS.has(route.method) ? Infinity : WINDOW;
      for (let at = 0; at < samples.length; at += CONCURRENCY) {
        const chunk = samples.slice(at, at + CONCURRENCY);
        const results = await Promise.all(chunk.map((req) => send(route, req)));
        chunk.forEach((req, k) => record(route, req, results[k]));
        if (window.length >= windowSize) await closeWindow();
      }
      await closeWindow();
      timing.push([route.key, Math.round(performance.now() - started)]);
    }
    spy.mockRestore();
    if (process.env.FUZZ_TIMING) console.log(`checksums: ${Math.round(checksumMs)} ms\n` + timing.sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, ms]) => `${ms} ms ${k}`).join("\n"));

    console.log(`[fuzz] ${stats.sent} requests over ${routes.length} route handlers (seed ${SEED}); statuses ${JSON.stringify(stats.byStatus)}; writes rejected ${stats.rejectedWrites}, accepted ${stats.acceptedWrites}; ${stats.windows} checksum windows verified`);
    // FUZZ_REPORT=file writes every failure (the assertion shows the first 20).
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, failures.join("\n"));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(stats.sent).toBeGreaterThanOrEqual(TOTAL);
    expect(stats.rejectedWrites).toBeGreaterThan(TOTAL / 4);
  }, 900_000);
});

async function send(route: RouteEntry, req: FuzzRequest) {
  const url = new URL(fillPath(route.path, req.params), "http://localhost:3000");
  for (const [k, v] of req.query) url.searchParams.append(k, v);
  const { "x-garbage-cookie": garbage, ...headers } = req.headers;
  const own = cookies[req.principal];
  const cookie = garbage ? (own ? `${garbage}; ${own}` : garbage) : own;
  try {
    return await call(route.handler, url.toString(), {
      method: route.method,
      body: READS.has(route.method) ? undefined : req.body,
      headers,
      params: req.params as Record<string, string>,
      cookie,
    });
  } catch (e) {
    // What Next does with a handler that throws: a bare 500.
    return { status: 500, text: `handler threw ${String(e).slice(0, 200)}` };
  }
}

function show(req: FuzzRequest): string {
  const body = req.body === undefined ? "" : ` body=${req.body.length > 200 ? `${req.body.slice(0, 200)}…(${req.body.length})` : req.body}`;
  return `as ${req.principal} params=${JSON.stringify(req.params)} query=${JSON.stringify(req.query)} headers=${JSON.stringify(req.headers)}${body}`;
}

/** Real ids and addresses from the world, so some fuzzed requests reach the services. */
async function fuzzHints(w: World) {
  const db = await getDb();
  const reports = await db.report.findMany({ select: { id: true } });
  const pledges = await db.pledge.findMany({ select: { id: true } });
  const sessions = await db.session.findMany({ where: { userId: w.users.attendee.id }, select: { id: true } });
  const actions = Object.values(w.actions);
  return {
    // Never the principals' own ids or addresses: an accepted fuzz request must not erase them.
    ids: [
      ...actions.flatMap((a) => [a.id, a.slug]),
      w.chapterA.id,
      w.chapterA.slug,
      w.chapterB.slug,
      w.statement.id,
      w.statement.slug,
      w.draftStatement.slug,
      w.users.attendee.id,
      ...reports.map((r) => r.id),
      ...pledges.map((p) => p.id),
      ...sessions.map((s) => s.id),
    ],
    emails: [w.users.attendee.email!, w.guest.email],
  };
}

async function renewCookies(w: World): Promise<Record<Principal, string | undefined>> {
  const out = {} as Record<Principal, string | undefined>;
  for (const p of PRINCIPALS) out[p] = p === "anonymous" ? undefined : await sessionCookieFor(w.users[p].id);
  return out;
}
