import "./als-global";
import { beforeAll, describe, expect, it } from "vitest";
import { operations } from "@/lib/openapi/registry";
import { sessionCookieFor } from "../helpers/http";
import { prepareSecurityEnv } from "./env";
import { discoverRoutes, fillPath, type RouteEntry } from "./routes";
import { buildWorld, type World } from "./world";

prepareSecurityEnv();

const KiB = 1024;
const DEFAULT_JSON_CAP = 64 * KiB;
/** Routes allowed a bigger JSON body than the default, and why. Anything else gets 64 KiB. */
const RAISED_CAPS: Record<string, number> = {
  // Statements (and a translator's text of one) are long Markdown documents in several languages.
  "POST /api/admin/statements": 1024 * KiB,
  "PATCH /api/admin/statements/[id]": 1024 * KiB,
  "POST /api/statements/[slug]/translations/[locale]": 1024 * KiB,
  // Images (multipart or raw), re-encoded before storage.
  "POST /api/uploads": 8 * 1024 * KiB + 64 * KiB,
  "POST /api/actions/[id]/image": 8 * 1024 * KiB + 64 * KiB,
};
const CHUNK = 16 * KiB;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let routes: RouteEntry[];
let world: World;

beforeAll(async () => {
  routes = (await discoverRoutes()).filter((r) => WRITES.has(r.method));
  world = await buildWorld();
});

/**
 * Sends `total` bytes of JSON-looking body as a stream (chunked: no Content-Length unless
 * given) and counts how much of it the handler pulled: a cap that is checked only after
 * reading everything is no cap.
 */
async function sendStream(route: RouteEntry, total: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const n = Math.min(CHUNK, total - pulled);
      controller.enqueue(new Uint8Array(n).fill(pulled === 0 ? 0x7b : 0x20));
      pulled += n;
    },
  });
  const params: Record<string, string | string[]> = {};
  for (const p of route.params) params[p] = p === "nextauth" ? ["signin"] : world.actions.published.id;
  // As an admin with a session of its own (some routes end it), so nothing refuses the caller
  // before the body is looked at.
  const cookie = await sessionCookieFor(world.users.admin.id);
  const req = new Request(new URL(fillPath(route.path, params), "http://localhost:3000"), {
    method: route.method,
    headers: { "content-type": "application/json", cookie, "x-mobilise-client-ip": "203.0.113.9", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  try {
    const res = await route.handler(req, { params: Promise.resolve(params as Record<string, string>) });
    await res.arrayBuffer();
    return { status: res.status, pulled };
  } catch {
    // A handler that throws is a 500 from Next.
    return { status: 500, pulled };
  }
}

const capOf = (route: RouteEntry) => RAISED_CAPS[route.key] ?? DEFAULT_JSON_CAP;
const readsBody = (route: RouteEntry) => operations.some((op) => op.path === route.openApiPath && op.method.toUpperCase() === route.method && op.body);

describe("request body size limits", () => {
  it("every JSON route refuses a body one chunk over its cap with 413, without reading much past the cap", async () => {
    const jsonRoutes = routes.filter(readsBody);
    expect(jsonRoutes.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const route of jsonRoutes) {
      const { status } = await sendStream(route, capOf(route) + CHUNK);
      if (status !== 413) wrong.push(`${route.key}: ${status} for ${capOf(route) + CHUNK} bytes`);
    }
    expect(wrong).toEqual([]);
  });

  it("no write route reads an oversized body to the end: it answers 413 at its cap or never reads it", async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const total = capOf(route) * 4 + 4 * CHUNK;
      const { status, pulled } = await sendStream(route, total);
      const ignored = pulled <= 2 * CHUNK && status < 500;
      const capped = status === 413 && pulled <= capOf(route) + 2 * CHUNK;
      if (!ignored && !capped) wrong.push(`${route.key}: ${status} after reading ${Math.round(pulled / KiB)} KiB of ${Math.round(total / KiB)} KiB`);
    }
    expect(wrong).toEqual([]);
  });

  it("a Content-Length that claims too much is refused before the body is read", async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const { status, pulled } = await sendStream(route, 256 * KiB, { "content-length": String(100 * 1024 * KiB) });
      const ignored = pulled <= 2 * CHUNK && status < 500;
      if (status !== 413 && !ignored) wrong.push(`${route.key}: ${status} after reading ${Math.round(pulled / KiB)} KiB`);
      if (status === 413 && pulled > 2 * CHUNK) wrong.push(`${route.key}: read ${Math.round(pulled / KiB)} KiB before refusing`);
    }
    expect(wrong).toEqual([]);
  });
});
