import { describe, expect, it } from "vitest";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { callForm, redirectOf } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

let n = 0;
const postForm = (actionId: string, fields: Record<string, string>) => callForm(pledgePost, "/x", fields, { params: { id: actionId }, ip: ipFor(8500 + ++n) });
const query = (res: { headers: Headers }) => redirectOf(res).query;

async function drive() {
  const action = await createAction({ kind: "DONATION_DRIVE", currency: "EUR" });
  const need = await (await getDb()).actionNeed.create({ data: { actionId: action.id, item: "Blankets", quantity: 200, unit: "pieces" } });
  return { action, need, back: `/en/actions/${action.slug}` };
}

describe("pledging from a plain HTML form (no JavaScript)", () => {
  it("money typed as people write it, with a name and an email: recorded in minor units, the withdraw link mailed", async () => {
    const { action, back } = await drive();
    const res = await postForm(action.id, { pledgeKind: "money", currency: "EUR", amount: "12,50", displayName: "Sam", email: "sam@example.test", locale: "fr", back });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${back}?pledge=1&mailed=1`);
    const db = await getDb();
    const row = await db.pledge.findFirstOrThrow({ where: { actionId: action.id } });
    expect(row).toMatchObject({ amountMinor: 1250, currency: "EUR", displayName: "Sam", email: "sam@example.test", anonymous: false });
    expect(await db.job.count({ where: { name: "mail.pledge" } })).toBe(1);
  });

  it("items from the list, anonymously: no name kept, and an email given anyway is not kept either", async () => {
    const { action, need, back } = await drive();
    const res = await postForm(action.id, { pledgeKind: "item", currency: "EUR", amount: "", needId: need.id, quantity: "3", anonymous: "on", displayName: "Hidden", email: "hidden@example.test", back });
    expect(query(res)).toEqual({ pledge: "1" });
    const row = await (await getDb()).pledge.findFirstOrThrow({ where: { actionId: action.id } });
    expect(row).toMatchObject({ needId: need.id, quantity: 3, anonymous: true, displayName: null, email: null });
  });

  it("an amount that is not one comes back as a field error; nothing is recorded", async () => {
    const { action, back } = await drive();
    for (const amount of ["abc", "-5", ""]) {
      const res = await postForm(action.id, { pledgeKind: "money", currency: "EUR", amount, back });
      expect(query(res).pledgeError, amount).toBe("VALIDATION");
      expect(query(res).fields, amount).toContain("amountMinor");
    }
    expect(await (await getDb()).pledge.count({ where: { actionId: action.id } })).toBe(0);
  });
});
