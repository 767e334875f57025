import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/actions/route";
import { PATCH as patchRoute } from "@/app/api/actions/[id]/route";
import { getDb } from "@/lib/db";
import { callRoute, isolateSideEffects, organiseWorld, participants, rallyBody } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
});

const create = (body: Record<string, unknown>) => callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });

async function expectFieldError(body: Record<string, unknown>, field: string, message: string) {
  const res = await create(body);
  expect(res.status).toBe(400);
  expect(res.json.error?.code).toBe("VALIDATION");
  // The catalogue key's last segment is the stable code; the message is the English sentence.
  expect(res.json.error?.fields?.[field]?.code).toBe(message.split(".").pop());
}

describe("the action form is validated per field, on the server", () => {
  it("accepts a complete rally and stores it as a UTC instant with its zone", async () => {
    const body = rallyBody(w.chapterA.id, w.statement.id);
    const res = await create(body);
    expect(res.status).toBe(201);
    const db = await getDb();
    const row = await db.action.findUniqueOrThrow({ where: { id: res.json.id as string } });
    expect(row.status).toBe("DRAFT");
    expect(row.timeZone).toBe("Europe/London");
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" }).format(row.startsAt);
    expect(local).toBe("18:00");
    expect(row.publicLat).toBe(row.lat);
  });

  it("refuses an end before the start", async () => {
    const body = rallyBody(w.chapterA.id, w.statement.id);
    await expectFieldError({ ...body, endsAt: body.startsAt.replace("18:00", "17:00") }, "endsAt", "organise.errors.endBeforeStart");
  });

  it("refuses an unknown time zone", async () => {
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { timeZone: "Mars/Olympus_Mons" }), "timeZone", "organise.errors.timeZone");
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { timeZone: "+05:00" }), "timeZone", "organise.errors.timeZone");
  });

  it("refuses latitude and longitude out of range", async () => {
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { lat: 91 }), "lat", "organise.errors.lat");
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { lng: -180.5 }), "lng", "organise.errors.lng");
  });

  it("refuses a money goal without a currency, and a made-up currency", async () => {
    const drive = { kind: "DONATION_DRIVE", capacity: null, goalMinor: 100_000 };
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, drive), "currency", "organise.errors.currencyRequired");
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { ...drive, currency: "XYZ" }), "currency", "organise.errors.currency");
  });

  it("accepts only http(s) links", async () => {
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { mode: "HYBRID", onlineUrl: "javascript:alert(1)" }), "onlineUrl", "organise.errors.url");
    await expectFieldError(rallyBody(w.chapterA.id, w.statement.id, { knowYourRightsUrl: "ftp://example.org/x" }), "knowYourRightsUrl", "organise.errors.url");
  });

  it("lists only published statements", async () => {
    await expectFieldError(rallyBody(w.chapterA.id, w.draftStatement.id), "statementId", "organise.errors.statementUnpublished");
  });

  it("removes scripts and raw HTML from the Markdown description, keeping the prose", async () => {
    const description = "Meet at the **fountain**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> [bad](javascript:alert(2)) [good](https://example.org)";
    const res = await create(rallyBody(w.chapterA.id, w.statement.id, { description }));
    expect(res.status).toBe(201);
    const db = await getDb();
    const row = await db.action.findUniqueOrThrow({ where: { id: res.json.id as string } });
    expect(row.description).toContain("Meet at the **fountain**.");
    expect(row.description).toContain("[good](https://example.org)");
    expect(row.description.toLowerCase()).not.toContain("<script");
    expect(row.description).not.toContain("alert('x')");
    expect(row.description).not.toContain("onerror");
    expect(row.description).not.toContain("javascript:");
  });

  it("refuses lowering capacity below the seats already taken", async () => {
    const res = await create(rallyBody(w.chapterA.id, w.statement.id, { capacity: 10 }));
    const id = res.json.id as string;
    await participants(id); // 4 seats taken
    const low = await callRoute(patchRoute, `/api/actions/${id}`, { method: "PATCH", body: { capacity: 3 }, params: { id }, cookie: w.organiserA.cookie });
    expect(low.status).toBe(400);
    expect(low.json.error?.fields?.capacity?.code).toBe("capacityBelowGoing");
    const ok = await callRoute(patchRoute, `/api/actions/${id}`, { method: "PATCH", body: { capacity: 4 }, params: { id }, cookie: w.organiserA.cookie });
    expect(ok.status).toBe(200);
  });

  it("re-validates a partial edit against the stored action", async () => {
    const res = await create(rallyBody(w.chapterA.id, w.statement.id));
    const id = res.json.id as string;
    const stored = await (await getDb()).action.findUniqueOrThrow({ where: { id } });
    const day = stored.startsAt.toISOString().slice(0, 10);
    const bad = await callRoute(patchRoute, `/api/actions/${id}`, { method: "PATCH", body: { endsAt: `${day}T10:00` }, params: { id }, cookie: w.organiserA.cookie });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields?.endsAt?.code).toBe("endBeforeStart");
  });
});
