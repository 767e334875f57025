import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { tileConfig } from "@/lib/map/tile-config";
import { proxiedTile } from "@/lib/tiles/fetch-tile";
import { MAX_PER_MINUTE } from "@/lib/tiles/upstream";

/** A fake tile provider on loopback: counts requests, remembers headers, fails on demand. */
const PNG = Buffer.from("89504e470d0a1a0a", "hex");
let server: Server;
let base = "";
let requests: { url: string; headers: IncomingHttpHeaders }[] = [];
let answer: "png" | "500" | "html" = "png";

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url!, headers: req.headers });
    if (answer === "500") return res.writeHead(500).end("down");
    if (answer === "html") return res.writeHead(200, { "Content-Type": "text/html" }).end("<p>captive portal</p>");
    setTimeout(() => res.writeHead(200, { "Content-Type": "image/png" }).end(PNG), 20);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.APP_URL = "https://mobilise.example.org";
});
afterAll(() => new Promise((r) => server.close(r)));

beforeEach(() => {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-tiles-"));
  process.env.TILE_URL = `${base}/{z}/{x}/{y}.png`;
  delete process.env.TILE_PROXY;
  requests = [];
  answer = "png";
});

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable(), (e: unknown) => e as AppError);

describe("tile configuration", () => {
  it("sends browsers to our own origin unless TILE_PROXY=0", () => {
    expect(tileConfig({})).toEqual({ url: "/api/tiles/{z}/{x}/{y}", attribution: "© OpenStreetMap contributors", upstreamOrigin: null });
    expect(tileConfig({ TILE_PROXY: "0" })).toMatchObject({ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", upstreamOrigin: "https://tile.openstreetmap.org" });
    expect(tileConfig({ TILE_URL: "off" }).url).toBeNull();
  });
});

describe("tile proxy", () => {
  it("fetches a tile once, naming the app and where it runs, then serves it from the disk cache", async () => {
    const first = await proxiedTile({ z: "3", x: "4", y: "2.png" });
    expect(first).toEqual({ body: PNG, contentType: "image/png" });
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe("/3/4/2.png");
    expect(requests[0].headers["user-agent"]).toBe("mobilise tile proxy (+https://mobilise.example.org)");
    expect((await proxiedTile({ z: "3", x: "4", y: "2" })).body).toEqual(PNG);
    expect(requests).toHaveLength(1);
  });

  it("asks the provider once for a tile many visitors want at the same moment", async () => {
    const tiles = await Promise.all(Array.from({ length: 10 }, () => proxiedTile({ z: "5", x: "1", y: "1" })));
    expect(tiles.every((t) => t.body.equals(PNG))).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("refuses tiles outside the world or deeper than the provider's layers, without asking it", async () => {
    expect((await failure(proxiedTile({ z: "2", x: "4", y: "0" }))).code).toBe("NOT_FOUND");
    await expect(proxiedTile({ z: "20", x: "0", y: "0" })).rejects.toThrow();
    expect(requests).toHaveLength(0);
  });

  it("is off with TILE_PROXY=0 or without tiles", async () => {
    process.env.TILE_PROXY = "0";
    expect((await failure(proxiedTile({ z: "1", x: "0", y: "0" }))).status).toBe(404);
    process.env.TILE_PROXY = "1";
    process.env.TILE_URL = "off";
    expect((await failure(proxiedTile({ z: "1", x: "0", y: "0" }))).status).toBe(404);
    expect(requests).toHaveLength(0);
  });

  it("turns an unreachable provider into a logged 502, an error page into a 502, and caches neither", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.TILE_URL = `http://127.0.0.1:${await closedPort()}/{z}/{x}/{y}.png`;
    const unreachable = await failure(proxiedTile({ z: "1", x: "1", y: "1" }));
    expect([unreachable.code, unreachable.status]).toEqual(["UPSTREAM_FAILED", 502]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[tiles\] tile server unreachable: ECONNREFUSED/));
    warn.mockRestore();

    process.env.TILE_URL = `${base}/{z}/{x}/{y}.png`;
    for (const kind of ["500", "html"] as const) {
      answer = kind;
      expect((await failure(proxiedTile({ z: "1", x: "1", y: "1" }))).status).toBe(502);
    }
    answer = "png";
    expect((await proxiedTile({ z: "1", x: "1", y: "1" })).body).toEqual(PNG);
  });

  it("serves an old cached tile while the provider is down, and refreshes it when it is up", async () => {
    const file = path.join(process.env.DATA_DIR!, "tiles", "2", "1", "1.png");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "old");
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    utimesSync(file, longAgo, longAgo);
    answer = "500";
    expect((await proxiedTile({ z: "2", x: "1", y: "1" })).body.toString()).toBe("old");
    answer = "png";
    expect((await proxiedTile({ z: "2", x: "1", y: "1" })).body).toEqual(PNG);
    expect(requests).toHaveLength(2);
  });

  // Last: it spends this minute's allowance of the module-wide limiter.
  it("stops fetching from the provider past its per-minute allowance (no bulk download)", async () => {
    const results = await Promise.allSettled(Array.from({ length: MAX_PER_MINUTE + 20 }, (_, i) => proxiedTile({ z: "12", x: String(i), y: "7" })));
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(new Set(refused.map((e) => e.code))).toEqual(new Set(["RATE_LIMITED"]));
    expect(refused[0].headers?.["Retry-After"]).toMatch(/^\d+$/);
    expect(requests.length).toBeLessThanOrEqual(MAX_PER_MINUTE);
    expect((await proxiedTile({ z: "12", x: "0", y: "7" })).body).toEqual(PNG);
  });
});
