import { describe, expect, it } from "vitest";
import { GET as meGet } from "@/app/api/actions/[id]/me/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
let n = 0;
const pledge = (id: string, body: object, cookie?: string) => call(pledgePost, "/x", { method: "POST", body, params: { id }, cookie, ip: ipFor(++n) });

async function drive() {
  const action = await createAction({ kind: "DONATION_DRIVE", currency: "GBP", goalMinor: 100_000, donationUrl: "https://donate.example/org" });
  const db = await getDb();
  const need = await db.actionNeed.create({ data: { actionId: action.id, item: "Blankets", quantity: 200, unit: "pieces" } });
  return { action, need };
}

describe("pledges", () => {
  it("money in the drive's currency and items from its needs list add up in the public counts", async () => {
    const { action, need } = await drive();
    const member = await createPerson();
    expect((await pledge(action.id, { amountMinor: 2500, currency: "GBP", displayName: "Sam" })).status).toBe(201);
    expect((await pledge(action.id, { amountMinor: 1000, anonymous: true }, member.cookie)).status).toBe(201);
    const items = await pledge(action.id, { needId: need.id, quantity: 12, anonymous: true });
    expect(items.status).toBe(201);
    expect(items.json).toMatchObject({ pledgedMinor: 3500, needs: [{ id: need.id, pledged: 12 }] });
    const me = await call(meGet, "/x", { params: { id: action.id } });
    expect(me.json.counts).toMatchObject({ pledgedMinor: 3500, needs: [{ id: need.id, pledged: 12 }] });
    // A signed-in pledge without a name takes the account's name; anonymous ones keep none.
    const db = await getDb();
    const rows = await db.pledge.findMany({ where: { actionId: action.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.displayName)).toEqual(["Sam", null, null]);
  });

  it("refuses another currency, another drive's item, both kinds at once, and a missing name", async () => {
    const { action } = await drive();
    const other = await drive();
    const wrongCurrency = await pledge(action.id, { amountMinor: 100, currency: "EUR", anonymous: true });
    expect(wrongCurrency.status).toBe(400);
    expect(Object.keys(wrongCurrency.json.error?.fields ?? {})).toEqual(["currency"]);
    const foreignNeed = await pledge(action.id, { needId: other.need.id, quantity: 1, anonymous: true });
    expect(Object.keys(foreignNeed.json.error?.fields ?? {})).toEqual(["needId"]);
    const both = await pledge(action.id, { amountMinor: 100, needId: other.need.id, quantity: 1, anonymous: true });
    expect(both.status).toBe(400);
    const nameless = await pledge(action.id, { amountMinor: 100 });
    expect(Object.keys(nameless.json.error?.fields ?? {})).toEqual(["displayName"]);
    expect((await pledge(action.id, { amountMinor: 0, anonymous: true })).status).toBe(400);
    expect(Object.keys((await pledge(action.id, { needId: other.need.id, anonymous: true })).json.error?.fields ?? {})).toEqual(["quantity"]);
  });

  it("only published donation drives that have not ended take pledges", async () => {
    const rally = await createAction();
    expect((await pledge(rally.id, { amountMinor: 100, anonymous: true })).status).toBe(409);
    const draft = await createAction({ kind: "DONATION_DRIVE", currency: "GBP", status: "DRAFT" });
    expect((await pledge(draft.id, { amountMinor: 100, anonymous: true })).status).toBe(404);
    const ended = await createAction({ kind: "DONATION_DRIVE", currency: "GBP", startsAt: new Date(Date.now() - 5 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) });
    expect((await pledge(ended.id, { amountMinor: 100, anonymous: true })).status).toBe(409);
    const itemsOnly = await createAction({ kind: "DONATION_DRIVE", currency: null });
    expect(Object.keys((await pledge(itemsOnly.id, { amountMinor: 100, anonymous: true })).json.error?.fields ?? {})).toEqual(["amountMinor"]);
  });

  it("an anonymous pledge keeps no email, even if one was sent", async () => {
    const { action } = await drive();
    const res = await pledge(action.id, { amountMinor: 100, anonymous: true, email: "hidden@example.test" });
    const db = await getDb();
    expect((await db.pledge.findUniqueOrThrow({ where: { id: res.json.id as string } })).email).toBeNull();
  });
});
