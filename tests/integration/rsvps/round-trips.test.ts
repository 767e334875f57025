import { describe, expect, it } from "vitest";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox } from "../../factories/people";
import { call } from "../helpers/http";
import { statementsOf } from "../helpers/statement-log";

isolateOutbox();
let n = 0;
const post = (handler: typeof rsvpPost, id: string, body: object, cookie?: string) =>
  call(handler, "/x", { method: "POST", body, params: { id }, cookie, ip: ipFor(++n) });

// The figures README → Architecture states: every statement sent, transaction control included.
const MAX = { anonymous: 1, signedIn: 2 };

describe("a participation write is one statement (plus the session lookup when signed in)", () => {
  it("RSVP: headcount, guest with mail, signed in", async () => {
    const action = await createAction({ capacity: 10, slug: `rally-${Date.now()}` });
    const member = await createPerson();
    for (const [body, cookie, max] of [
      [{ guests: 0, locale: "en" }, undefined, MAX.anonymous],
      [{ name: "Ana", email: `ana${n}@example.org`, guests: 1 }, undefined, MAX.anonymous],
      [{ guests: 0 }, member.cookie, MAX.signedIn],
    ] as const) {
      const { result, statements } = await statementsOf(() => post(rsvpPost, action.slug, body, cookie));
      expect(result.status).toBe(201);
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(max);
    }
  });

  it("pledge: money as a guest with mail, items anonymously", async () => {
    const action = await createAction({ kind: "DONATION_DRIVE", currency: "GBP", goalMinor: 100_000 });
    const need = await (await getDb()).actionNeed.create({ data: { actionId: action.id, item: "Blankets", quantity: 20, unit: "pieces" } });
    for (const body of [
      { amountMinor: 2500, displayName: "Sam", email: "sam@example.org" },
      { needId: need.id, quantity: 3, anonymous: true },
    ]) {
      const { result, statements } = await statementsOf(() => post(pledgePost, action.id, body));
      expect(result.status).toBe(201);
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(MAX.anonymous);
    }
  });

  it("commitment: guest with mail, signed in", async () => {
    const action = await createAction({ kind: "BOYCOTT", mode: "ONLINE" });
    const member = await createPerson();
    for (const [body, cookie, max] of [
      [{ email: "kim@example.org" }, undefined, MAX.anonymous],
      [{}, member.cookie, MAX.signedIn],
    ] as const) {
      const { result, statements } = await statementsOf(() => post(commitmentPost, action.id, body, cookie));
      expect(result.status).toBe(201);
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(max);
    }
  });
});
