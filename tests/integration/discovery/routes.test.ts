import { beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/actions/route";
import { GET as near } from "@/app/api/actions/near/route";
import { GET as clusters } from "@/app/api/actions/clusters/route";
import { GET as detail } from "@/app/api/actions/[id]/route";
import { GET as statements } from "@/app/api/statements/route";
import { GET as statement } from "@/app/api/statements/[slug]/route";
import { GET as chapters } from "@/app/api/chapters/route";
import { GET as chapter } from "@/app/api/chapters/[slug]/route";
import { GET as places } from "@/app/api/places/route";
import { actionListResponse, clustersResponse } from "@/lib/actions/public-dto";
import { chapterDetail, chapterSummary, nearResponse, publicActionDetail, statementDetail, statementSummary } from "@/lib/discovery";
import { getDb } from "@/lib/db";
import { createAction, createChapter, createStatement, createUser } from "../../factories";
import { call } from "../helpers/http";

const DAY = 86_400_000;
const ids = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id).sort();

describe("public read API", () => {
  const a: Record<string, { id: string; slug: string }> = {};
  let hk: { id: string; slug: string };
  let ldn: { id: string; slug: string };
  let st: { id: string; slug: string };

  beforeAll(async () => {
    const db = await getDb();
    hk = await createChapter({ city: "Hong Kong", countryCode: "HK" });
    ldn = await createChapter({ city: "London", countryCode: "GB", lat: 51.5, lng: -0.12 });
    st = await createStatement({
      sourceLocale: "en",
      translations: { create: [
        { locale: "en", title: "Stop the deportations", body: "Body", demands: ["Stop", "Regularise"] },
        { locale: "fr", title: "Arrêtez les expulsions", body: "Corps", demands: ["Arrêter", "Régulariser"] },
      ] },
    });
    await db.chapterEndorsement.create({ data: { chapterId: hk.id, statementId: st.id } });
    const common = { statementId: st.id };
    a.rally = await createAction({ ...common, chapterId: hk.id, title: "Harbour rally", capacity: 100, goingCount: 40, waitlistCount: 0, languages: ["en", "tl"], startsAt: new Date(Date.now() + 2 * DAY) });
    a.online = await createAction({ ...common, chapterId: hk.id, mode: "ONLINE", lat: null, lng: null, title: "Online teach-in", languages: ["id"], startsAt: new Date(Date.now() + 20 * DAY) });
    a.hybrid = await createAction({ ...common, chapterId: ldn.id, mode: "HYBRID", lat: 51.5, lng: -0.12, title: "Hybrid assembly", venue: "Parliament Square", startsAt: new Date(Date.now() + 3 * DAY) });
    a.drive = await createAction({ ...common, chapterId: ldn.id, kind: "DONATION_DRIVE", lat: 51.52, lng: -0.1, title: "Winter coats drive", goalMinor: 100_000, currency: "GBP", donationUrl: "https://donate.example.org", startsAt: new Date(Date.now() + 10 * DAY) });
    a.boycott = await createAction({ ...common, chapterId: ldn.id, kind: "BOYCOTT", lat: 51.51, lng: -0.13, title: "Boycott MegaCorp", startsAt: new Date(Date.now() + 40 * DAY) });
    a.past = await createAction({ ...common, chapterId: hk.id, title: "Past rally", startsAt: new Date(Date.now() - 10 * DAY) });
    a.draft = await createAction({ ...common, chapterId: hk.id, status: "DRAFT", title: "Draft rally" });
    a.pending = await createAction({ ...common, chapterId: hk.id, status: "PENDING_REVIEW", title: "Pending rally" });
    a.rejected = await createAction({ ...common, chapterId: hk.id, status: "REJECTED", title: "Rejected rally" });
    a.cancelled = await createAction({ ...common, chapterId: hk.id, status: "CANCELLED", title: "Cancelled rally", cancelMessage: "Police ban; we regroup next week", cancelledAt: new Date() });

    const need = await db.actionNeed.create({ data: { actionId: a.drive.id, item: "Coats", quantity: 50, unit: "pcs" } });
    await db.dropOffPoint.create({ data: { actionId: a.drive.id, name: "Union Hall", address: "1 Union St", lat: 51.52, lng: -0.1 } });
    const donor = await createUser();
    await db.pledge.createMany({ data: [
      { actionId: a.drive.id, amountMinor: 2500, currency: "GBP", email: "secret-donor@example.test", displayName: "Secret Donor" },
      { actionId: a.drive.id, amountMinor: 1500, currency: "GBP", userId: donor.id },
      { actionId: a.drive.id, needId: need.id, quantity: 7, received: true },
      { actionId: a.drive.id, needId: need.id, quantity: 3 },
    ] });
    await db.boycottTarget.create({ data: { actionId: a.boycott.id, name: "MegaCorp", kind: "COMPANY", reason: "Profits from detention", sourceUrls: ["https://news.example.org/1"], alternatives: ["Co-op"] } });
    await db.boycottCommitment.createMany({ data: [{ actionId: a.boycott.id, email: "c1@example.test" }, { actionId: a.boycott.id, userId: donor.id }] });
  });

  it("GET /api/actions: shape, cache header, published and not ended only", async () => {
    const res = await call(list, `/api/actions?statement=${st.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const body = actionListResponse.parse(res.json);
    expect(ids(body)).toEqual([a.rally.id, a.online.id, a.hybrid.id, a.drive.id, a.boycott.id].sort());
    const drive = body.items.find((i) => i.id === a.drive.id)!;
    expect(drive.counts).toEqual({ going: 0, waitlisted: 0, capacity: null, pledges: 4, commitments: 0 });
    expect(drive.statement).toEqual({ slug: st.slug, title: "Stop the deportations" });
  });

  it("GET /api/actions filters: kind, mode, lang, q, chapter, when, from/to, locale", async () => {
    const q = async (query: string) => ids((await call(list, `/api/actions?statement=${st.slug}&${query}`)).json);
    expect(await q("kind=DONATION_DRIVE")).toEqual([a.drive.id]);
    expect(await q("kind=BOYCOTT,DONATION_DRIVE")).toEqual([a.drive.id, a.boycott.id].sort());
    expect(await q("mode=ONLINE")).toEqual([a.online.id, a.hybrid.id].sort());
    expect(await q("mode=IN_PERSON")).toEqual([a.rally.id, a.hybrid.id, a.drive.id, a.boycott.id].sort());
    expect(await q("lang=tl")).toEqual([a.rally.id]);
    expect(await q("q=COATS")).toEqual([a.drive.id]);
    expect(await q("q=London")).toEqual([a.hybrid.id, a.drive.id, a.boycott.id].sort()); // the chapter's city
    expect(await q("q=100%25")).toEqual([]); // wildcards are literal
    expect(await q("q=union%20hall")).toEqual([]); // drop-off points are not the action's venue
    expect(await q("q=Parliament")).toEqual([a.hybrid.id]); // an EXACT venue is searchable
    expect(await q(`chapter=${hk.slug}`)).toEqual([a.rally.id, a.online.id].sort());
    expect(await q("when=week")).toEqual([a.rally.id, a.hybrid.id].sort());
    expect(await q("when=month")).toEqual([a.rally.id, a.online.id, a.hybrid.id, a.drive.id].sort());
    const day = (d: number) => new Date(Date.now() + d * DAY).toISOString().slice(0, 10);
    expect(await q(`from=${day(-12)}&to=${day(-5)}`)).toEqual([a.past.id]);
    expect(await q(`from=${day(9)}&to=${day(30)}`)).toEqual([a.online.id, a.drive.id].sort());
    const fr = await call(list, `/api/actions?statement=${st.slug}&locale=fr&limit=1`);
    expect((fr.json as unknown as { items: { statement: { title: string } }[] }).items[0].statement.title).toBe("Arrêtez les expulsions");
    expect(await q("statement=no-such-statement")).toEqual([]);
  });

  it("GET /api/actions/near: nearest first, within the radius, with distance", async () => {
    const res = await call(near, "/api/actions/near?lat=51.5&lng=-0.12&radiusKm=5");
    expect(res.status).toBe(200);
    const body = nearResponse.parse(res.json);
    expect(body.items.map((i) => i.id)).toEqual([a.hybrid.id, a.boycott.id, a.drive.id]);
    expect(body.items[0].distanceKm).toBe(0);
    expect(body.items.map((i) => i.distanceKm)).toEqual([...body.items.map((i) => i.distanceKm)].sort((x, y) => x - y));
    const kinds = await call(near, "/api/actions/near?lat=51.5&lng=-0.12&radiusKm=100&kind=BOYCOTT");
    expect(nearResponse.parse(kinds.json).items.map((i) => i.id)).toEqual([a.boycott.id]);
    const far = await call(near, "/api/actions/near?lat=0&lng=0&radiusKm=500");
    expect(nearResponse.parse(far.json).items).toEqual([]);
  });

  it("GET /api/actions/clusters: clusters and points add up", async () => {
    const res = await call(clusters, "/api/actions/clusters?bbox=-10,40,10,60&zoom=2");
    expect(res.status).toBe(200);
    const body = clustersResponse.parse(res.json);
    const total = body.points.length + body.clusters.reduce((s, c) => s + c.count, 0);
    expect(total).toBe(3);
    expect(body.clusters.length).toBeGreaterThan(0);
    const zoomed = clustersResponse.parse((await call(clusters, "/api/actions/clusters?bbox=-1,51,1,52&zoom=16")).json);
    expect(zoomed.points.map((p) => p.id).sort()).toEqual([a.hybrid.id, a.drive.id, a.boycott.id].sort());
  });

  it("GET /api/actions/[id]: by id or slug, kind-specific parts, no personal data", async () => {
    const byId = await call(detail, "/api/actions/x", { params: { id: a.drive.id } });
    const bySlug = await call(detail, "/api/actions/x", { params: { id: a.drive.slug } });
    expect(byId.status).toBe(200);
    expect(bySlug.json).toEqual(byId.json);
    const drive = publicActionDetail.parse(byId.json);
    expect(drive.drive).toMatchObject({ goalMinor: 100_000, currency: "GBP", pledgedMinor: 4000, donationUrl: "https://donate.example.org" });
    expect(drive.drive?.needs).toEqual([expect.objectContaining({ item: "Coats", quantity: 50, pledgedQuantity: 10, receivedQuantity: 7 })]);
    expect(drive.drive?.dropOffs).toEqual([expect.objectContaining({ name: "Union Hall", address: "1 Union St" })]);
    expect(drive.chapter).toEqual({ slug: ldn.slug, name: expect.any(String), city: "London", countryCode: "GB" });
    expect(byId.text).not.toContain("secret-donor");
    expect(byId.text).not.toContain("Secret Donor");

    const boycott = publicActionDetail.parse((await call(detail, "/api/actions/x", { params: { id: a.boycott.slug } })).json);
    expect(boycott.boycott).toEqual({ commitments: 2, targets: [expect.objectContaining({ name: "MegaCorp", kind: "COMPANY", alternatives: ["Co-op"] })] });
    expect(boycott.drive).toBeNull();
    const rally = publicActionDetail.parse((await call(detail, "/api/actions/x", { params: { id: a.rally.slug } })).json);
    expect(rally.attendance).toEqual({ capacity: 100, going: 40, waitlisted: 0 });
    expect(rally.languages).toEqual(["en", "tl"]);

    const cancelled = await call(detail, "/api/actions/x", { params: { id: a.cancelled.slug } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ status: "CANCELLED", cancelMessage: "Police ban; we regroup next week" });
    for (const hidden of [a.draft, a.pending, a.rejected]) {
      const res = await call(detail, "/api/actions/x", { params: { id: hidden.slug } });
      expect(res.status).toBe(404);
      expect(res.json.error?.code).toBe("NOT_FOUND");
    }
    expect((await call(detail, "/api/actions/x", { params: { id: "nothing-here" } })).status).toBe(404);
  });

  it("GET /api/statements and /api/statements/[slug]: translation with fallback and the response panel", async () => {
    const listRes = await call(statements, "/api/statements?locale=fr");
    expect(listRes.status).toBe(200);
    const item = statementSummary.array().parse((listRes.json as unknown as { items: unknown[] }).items).find((s) => s.slug === st.slug)!;
    expect(item).toMatchObject({ title: "Arrêtez les expulsions", isFallback: false, actionCount: 6, chapterCount: 1 });

    const ar = statementDetail.parse((await call(statement, "/api/statements/x?locale=ar", { params: { slug: st.slug } })).json);
    expect(ar).toMatchObject({ locale: "en", isFallback: true, title: "Stop the deportations", demands: ["Stop", "Regularise"] });
    expect(ar.availableLocales).toEqual(["en", "fr"]);
    expect(ar.endorsingChapters).toEqual([expect.objectContaining({ slug: hk.slug, countryCode: "HK" })]);
    expect(ar.response).toEqual({
      actionsByKind: { RALLY: 4, DONATION_DRIVE: 1, BOYCOTT: 1 },
      peopleGoing: 40,
      moneyPledged: [{ currency: "GBP", amountMinor: 4000 }],
      itemsPledged: 10,
      boycottCommitments: 2,
      countriesReached: 2,
      countries: ["GB", "HK"],
    });
    // Points: published actions with a location (the online one has none); never drafts or cancelled.
    expect(ar.points.map((p) => p.id).sort()).toEqual([a.rally.id, a.hybrid.id, a.drive.id, a.boycott.id, a.past.id].sort());
    const fr = statementDetail.parse((await call(statement, "/api/statements/x?locale=fr", { params: { slug: st.slug } })).json);
    expect(fr).toMatchObject({ locale: "fr", isFallback: false, demands: ["Arrêter", "Régulariser"] });

    const draft = await createStatement({ status: "DRAFT", publishedAt: null });
    expect((await call(statement, "/api/statements/x", { params: { slug: draft.slug } })).status).toBe(404);
  });

  it("GET /api/chapters and /api/chapters/[slug]", async () => {
    const res = await call(chapters, "/api/chapters");
    const all = chapterSummary.array().parse((res.json as unknown as { items: unknown[] }).items);
    expect(all.find((c) => c.slug === hk.slug)).toMatchObject({ city: "Hong Kong", countryCode: "HK", upcomingCount: 2 });
    const one = chapterDetail.parse((await call(chapter, "/api/chapters/x?locale=fr", { params: { slug: hk.slug } })).json);
    expect(one.upcomingActions.map((x) => x.id)).toEqual([a.rally.id, a.online.id]);
    expect(one.endorsedStatements).toEqual([{ slug: st.slug, title: "Arrêtez les expulsions" }]);
    expect((await call(chapter, "/api/chapters/x", { params: { slug: "no-such-chapter" } })).status).toBe(404);
  });

  it("GET /api/places: any language, accents ignored, best match then biggest first", async () => {
    const res = await call(places, "/api/places?q=montreal&limit=2");
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      expect.objectContaining({ name: "Montréal", country: "CA", population: expect.any(Number) }),
      expect.anything(),
    ]);
    const london = (await call(places, "/api/places?q=LONDON")).json as unknown as { name: string; country: string; lat: number; lng: number; population: number }[];
    expect(london[0]).toMatchObject({ name: "London", country: "GB" });
    expect(london[0].lat).toBeCloseTo(51.5, 0);
    const exact = london.filter((p) => p.name === "London");
    for (let i = 1; i < exact.length; i++) expect(exact[i - 1].population).toBeGreaterThanOrEqual(exact[i].population);
    expect((await call(places, `/api/places?q=${encodeURIComponent("香港")}&limit=1`)).json).toEqual([expect.objectContaining({ name: "香港", country: "HK" })]);
    expect((await call(places, "/api/places?q=Londres&limit=1")).json).toEqual([expect.objectContaining({ name: "Londres", country: "GB" })]);
    expect((await call(places, "/api/places?q=")).status).toBe(400);
    expect((await call(places, "/api/places?q=par&limit=500")).status).toBe(400);
  }, 120_000);

  it("answers bad parameters with 400 VALIDATION and the field", async () => {
    const cases: [typeof list, string, string][] = [
      [list, "/api/actions?bbox=1,2,3", "bbox"],
      [list, "/api/actions?bbox=a,b,c,d", "bbox"],
      [list, "/api/actions?bbox=0,10,10,0", "bbox"],
      [list, "/api/actions?bbox=0,-91,10,0", "bbox"],
      [list, "/api/actions?kind=PARTY", "kind"],
      [list, "/api/actions?mode=TELEPATHY", "mode"],
      [list, "/api/actions?when=yesterday", "when"],
      [list, "/api/actions?from=tomorrow", "from"],
      [list, "/api/actions?from=2026-05-02&to=2026-05-01", "to"],
      [list, "/api/actions?limit=0", "limit"],
      [list, "/api/actions?limit=101", "limit"],
      [list, "/api/actions?limit=ten", "limit"],
      [list, "/api/actions?locale=de", "locale"],
      [list, "/api/actions?statement=Not%20A%20Slug", "statement"],
      [list, `/api/actions?q=${"x".repeat(101)}`, "q"],
      [near, "/api/actions/near?lat=10", "lng"],
      [near, "/api/actions/near?lat=91&lng=0", "lat"],
      [near, "/api/actions/near?lat=0&lng=0&radiusKm=501", "radiusKm"],
      [near, "/api/actions/near?lat=0&lng=0&radiusKm=-5", "radiusKm"],
      [clusters, "/api/actions/clusters?zoom=3", "bbox"],
      [clusters, "/api/actions/clusters?bbox=0,0,1,1", "zoom"],
      [clusters, "/api/actions/clusters?bbox=0,0,1,1&zoom=99", "zoom"],
      [statements, "/api/statements?locale=xx", "locale"],
    ];
    for (const [handler, url, field] of cases) {
      const res = await call(handler, url);
      expect(res.status, url).toBe(400);
      expect(res.json.error?.code, url).toBe("VALIDATION");
      expect(Object.keys(res.json.error?.fields ?? {}), url).toContain(field);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });
});
