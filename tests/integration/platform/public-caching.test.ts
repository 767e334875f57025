import { beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/actions/route";
import { GET as detail } from "@/app/api/actions/[id]/route";
import { GET as clusters } from "@/app/api/actions/clusters/route";
import { GET as actionIcs } from "@/app/api/actions/[id]/ics/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { POST as approve } from "@/app/api/admin/actions/[id]/approve/route";
import { GET as statements } from "@/app/api/statements/route";
import { GET as statement } from "@/app/api/statements/[slug]/route";
import { GET as chapters } from "@/app/api/chapters/route";
import { GET as chapter } from "@/app/api/chapters/[slug]/route";
import { GET as atom } from "@/app/api/feeds/actions.atom/route";
import { GET as chapterFeed } from "@/app/api/feeds/chapters/[slug]/route";
import { GET as statementFeed } from "@/app/api/feeds/statements/[slug]/route";
import { createAction, createUser } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld } from "../../factories/organise";
import { sessionCookieFor, type CallOptions } from "../helpers/http";

/**
 * Public reads carry a strong ETag over their exact bytes, answer 304 to a matching
 * If-None-Match, and may be stored by shared caches; the ETag moves with every change the body
 * shows, including counters the discovery version does not cover.
 */
type Handler = Parameters<typeof callRoute>[0];
type Read = { name: string; handler: Handler; url: string; params?: Record<string, string> };

let w: Awaited<ReturnType<typeof organiseWorld>>;
let rally: { id: string; slug: string };
let drive: { id: string; slug: string };
let adminCookie: string;
let reads: Read[];

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  adminCookie = await sessionCookieFor((await createUser({ role: "ADMIN" })).id);
  const common = { chapterId: w.chapterA.id, statementId: w.statement.id };
  rally = await createAction({ ...common, capacity: 50 });
  drive = await createAction({ ...common, kind: "DONATION_DRIVE", currency: "GBP", goalMinor: 100_000, donationUrl: "https://donate.example/org" });
  const byStatement = `statement=${w.statement.slug}`;
  reads = [
    { name: "action list", handler: list, url: `/api/actions?${byStatement}` },
    { name: "action", handler: detail, url: `/api/actions/${rally.slug}`, params: { id: rally.slug } },
    { name: "clusters", handler: clusters, url: `/api/actions/clusters?bbox=-180,-85,180,85&zoom=2&${byStatement}` },
    { name: "statement list", handler: statements, url: "/api/statements" },
    { name: "statement", handler: statement, url: `/api/statements/${w.statement.slug}`, params: { slug: w.statement.slug } },
    { name: "chapter list", handler: chapters, url: "/api/chapters" },
    { name: "chapter", handler: chapter, url: `/api/chapters/${w.chapterA.slug}`, params: { slug: w.chapterA.slug } },
    { name: "Atom feed", handler: atom, url: "/api/feeds/actions.atom" },
    { name: "action calendar", handler: actionIcs, url: `/api/actions/${rally.slug}/ics`, params: { id: rally.slug } },
    { name: "chapter calendar", handler: chapterFeed, url: `/api/feeds/chapters/${w.chapterA.slug}.ics`, params: { slug: `${w.chapterA.slug}.ics` } },
    { name: "statement calendar", handler: statementFeed, url: `/api/feeds/statements/${w.statement.slug}.ics`, params: { slug: `${w.statement.slug}.ics` } },
  ];
});

const get = (r: Read, options: CallOptions = {}) => callRoute(r.handler, r.url, { ...options, params: r.params });
const read = (name: string) => reads.find((r) => r.name === name)!;
const etagOf = async (name: string) => (await get(read(name))).headers.get("etag");

describe("validators and 304 on every public read", () => {
  it("each read sends a strong ETag, Last-Modified and a shared-cache policy, and 304s a matching If-None-Match", async () => {
    for (const r of reads) {
      const first = await get(r);
      expect(first.status, r.name).toBe(200);
      const etag = first.headers.get("etag")!;
      expect(etag, r.name).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      expect(first.headers.get("cache-control"), r.name).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
      expect(Number.isNaN(Date.parse(first.headers.get("last-modified") ?? "")), r.name).toBe(false);

      const again = await get(r, { headers: { "if-none-match": etag } });
      expect(again.status, r.name).toBe(304);
      expect(again.text, r.name).toBe("");
      expect(again.headers.get("etag"), r.name).toBe(etag);
      expect(again.headers.get("cache-control"), r.name).toBe(first.headers.get("cache-control"));

      // A list of tags, a weakened copy (a proxy that compressed it) and "*" all match.
      expect((await get(r, { headers: { "if-none-match": `"other", W/${etag}` } })).status, r.name).toBe(304);
      expect((await get(r, { headers: { "if-none-match": "*" } })).status, r.name).toBe(304);
      const stale = await get(r, { headers: { "if-none-match": '"not-this-one"' } });
      expect(stale.status, r.name).toBe(200);
      expect(stale.text, r.name).toBe(first.text);
    }
  });

  it("a signed-in request gets exactly the anonymous bytes: nothing personal can land in a shared cache", async () => {
    const cookie = w.organiserA.cookie;
    for (const r of reads) {
      const anonymous = await get(r);
      const signedIn = await get(r, { cookie });
      expect(signedIn.text, r.name).toBe(anonymous.text);
      expect(signedIn.headers.get("etag"), r.name).toBe(anonymous.headers.get("etag"));
    }
  });

  it("an unknown action is a 404 that no one stores", async () => {
    const res = await callRoute(detail, "/api/actions/nope", { params: { id: "nope" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
  });
});

describe("the ETag changes with what the body shows", () => {
  it("publishing an action changes the list, the feeds and the calendars", async () => {
    const names = ["action list", "clusters", "Atom feed", "chapter calendar", "statement calendar"];
    const before = await Promise.all(names.map(etagOf));
    const pending = await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id, status: "PENDING_REVIEW", publishedAt: null });
    expect(await Promise.all(names.map(etagOf))).toEqual(before);
    const res = await callRoute(approve, "/x", { method: "POST", cookie: adminCookie, params: { id: pending.id } });
    expect(res.json).toEqual({ id: pending.id, status: "PUBLISHED" });
    const after = await Promise.all(names.map(etagOf));
    for (const [i, name] of names.entries()) expect(after[i], name).not.toBe(before[i]);
  });

  it("an RSVP (a counter the data version does not cover) changes the action and the list; a stale tag gets the new body", async () => {
    const before = { action: await get(read("action")), list: await etagOf("action list") };
    const oldTag = before.action.headers.get("etag")!;
    const res = await callRoute(rsvpPost, "/x", { method: "POST", body: { guests: 0 }, params: { id: rally.id } });
    expect(res.status).toBe(201);
    const after = await get(read("action"), { headers: { "if-none-match": oldTag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(oldTag);
    expect((after.json as { attendance: { going: number } }).attendance.going).toBe((before.action.json as { attendance: { going: number } }).attendance.going + 1);
    expect(await etagOf("action list")).not.toBe(before.list);
  });

  it("a pledge changes the drive's ETag", async () => {
    const r: Read = { name: "drive", handler: detail, url: `/api/actions/${drive.id}`, params: { id: drive.id } };
    const before = (await get(r)).headers.get("etag");
    const res = await callRoute(pledgePost, "/x", { method: "POST", body: { amountMinor: 2500, currency: "GBP", displayName: "Sam" }, params: { id: drive.id } });
    expect(res.status).toBe(201);
    expect((await get(r)).headers.get("etag")).not.toBe(before);
  });
});
