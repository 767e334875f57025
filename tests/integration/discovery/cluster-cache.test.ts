import { beforeAll, describe, expect, it } from "vitest";
import { GET as clustersRoute } from "@/app/api/actions/clusters/route";
import { POST as rsvpRoute } from "@/app/api/actions/[id]/rsvps/route";
import { POST as approveRoute } from "@/app/api/admin/actions/[id]/approve/route";
import { POST as cancelRoute } from "@/app/api/actions/[id]/cancel/route";
import { POST as relocateRoute } from "@/app/api/actions/[id]/relocate/route";
import { clustersResponse, type ClustersResponse } from "@/lib/actions/public-dto";
import { getDb } from "@/lib/db";
import { readDiscoveryVersion } from "@/lib/discovery/discovery-version";
import { createAction, createUser } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld } from "../../factories/organise";
import { sessionCookieFor } from "../helpers/http";

/**
 * Cluster results are cached per discovery version: every change the map can show must reach the
 * next response at once, and RSVPs (hot, counter-only writes) must not touch the version row.
 */
let w: Awaited<ReturnType<typeof organiseWorld>>;
let adminCookie: string;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  adminCookie = await sessionCookieFor((await createUser({ role: "ADMIN" })).id);
});

const WORLD = "/api/actions/clusters?bbox=-180,-85,180,85&zoom=3";

async function world(): Promise<ClustersResponse> {
  const res = await callRoute(clustersRoute, WORLD);
  expect(res.status).toBe(200);
  return clustersResponse.parse(res.json);
}

const pointOf = (body: ClustersResponse, id: string) => body.points.find((p) => p.id === id);
const version = async () => readDiscoveryVersion(await getDb());
const post = (handler: Parameters<typeof callRoute>[0], id: string, path: string, body: unknown, cookie: string) =>
  callRoute(handler, `/api/actions/${id}${path}`, { method: "POST", body, params: { id }, cookie });

// Far from everything else in this file's database, so each action is a point of its own.
const inA = (lat: number, lng: number, extra: Parameters<typeof createAction>[0] = {}) =>
  createAction({ chapterId: w.chapterA.id, statementId: w.statement.id, lat, lng, timeZone: "Europe/London", ...extra });

describe("cached map clusters follow every public change", () => {
  it("a repeated request is served from the cache while nothing changes", async () => {
    const action = await inA(-33.9, 18.4);
    const first = await world();
    expect(pointOf(first, action.id)).toMatchObject({ id: action.id });
    const v = await version();
    expect(await world()).toEqual(first);
    expect(await version()).toBe(v);
  });

  it("approving an action puts it on the map in the next response", async () => {
    const action = await inA(-12.05, -77.04, { status: "PENDING_REVIEW", publishedAt: null });
    expect(pointOf(await world(), action.id)).toBeUndefined();
    const res = await callRoute(approveRoute, "/x", { method: "POST", cookie: adminCookie, params: { id: action.id } });
    expect(res.json).toEqual({ id: action.id, status: "PUBLISHED" });
    expect(pointOf(await world(), action.id)).toMatchObject({ id: action.id });
  });

  it("cancelling an action takes it off the map in the next response", async () => {
    const action = await inA(35.68, 139.69);
    expect(pointOf(await world(), action.id)).toMatchObject({ id: action.id });
    const res = await post(cancelRoute, action.id, "/cancel", { message: "Called off." }, w.organiserA.cookie);
    expect(res.status).toBe(200);
    expect(pointOf(await world(), action.id)).toBeUndefined();
  });

  it("relocating an action moves its point in the next response", async () => {
    const action = await inA(64.14, -21.94);
    expect(pointOf(await world(), action.id)).toMatchObject({ lat: 64.14, lng: -21.94 });
    const res = await post(relocateRoute, action.id, "/relocate", { venue: "Harbour", address: "Pier 1", lat: 60.17, lng: 24.94, message: "New place." }, w.organiserA.cookie);
    expect(res.status).toBe(200);
    expect(pointOf(await world(), action.id)).toMatchObject({ lat: 60.17, lng: 24.94 });
  });

  it("an edit straight in SQL (any writer, any instance) is seen too", async () => {
    const action = await inA(-1.29, 36.82);
    expect(pointOf(await world(), action.id)?.title).toBe(action.title);
    const db = await getDb();
    await db.$executeRaw`UPDATE "Action" SET "title" = 'Renamed' WHERE "id" = ${action.id}`;
    expect(pointOf(await world(), action.id)?.title).toBe("Renamed");
  });

  it("a statement's new title reaches the points that show it", async () => {
    const db = await getDb();
    const before = await version();
    await db.statementTranslation.updateMany({ where: { statementId: w.statement.id, locale: "en" }, data: { title: "Retitled statement" } });
    expect(await version()).toBeGreaterThan(before!);
    expect((await world()).points.every((p) => p.statement.slug !== w.statement.slug || p.statement.title === "Retitled statement")).toBe(true);
  });
});

describe("what does not change the discovery version", () => {
  it("an RSVP (counters only) leaves the version alone", async () => {
    const action = await inA(-36.85, 174.76, { capacity: 10 });
    await world();
    const before = await version();
    const res = await post(rsvpRoute, action.id, "/rsvps", { guests: 0 }, "");
    expect(res.status).toBe(201);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).goingCount).toBe(1);
    expect(await version()).toBe(before);
  });

  it("a rolled-back change leaves it alone; one transaction touching many rows bumps it once", async () => {
    const db = await getDb();
    const a = await inA(1.35, 103.82);
    const b = await inA(13.75, 100.5);
    const before = await version();
    await expect(
      db.$transaction(async (tx) => {
        await tx.action.update({ where: { id: a.id }, data: { title: "Never seen" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await version()).toBe(before);
    await db.action.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { title: "Both renamed" } });
    expect(await version()).toBe(before! + 1);
  });
});
