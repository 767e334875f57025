import { describe, expect, it } from "vitest";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { purgeExpiredPersonalData } from "@/lib/attendees/retention";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
const DAY = 86_400_000;
let n = 0;
const post = (handler: typeof rsvpPost, id: string, body: object, cookie?: string) =>
  call(handler, "/x", { method: "POST", body, params: { id }, cookie, ip: ipFor(++n) });

/** An action with every kind of personal data attached, then moved into the past. */
async function populated(kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT", endedDaysAgo: number, retentionDays = 30) {
  const action = await createAction({ kind, currency: kind === "DONATION_DRIVE" ? "HKD" : null, retentionDays });
  const member = await createPerson();
  if (kind === "RALLY") {
    await post(rsvpPost, action.id, { guests: 2 }, member.cookie);
    await post(rsvpPost, action.id, { name: "Guest Person", email: "guest.person@example.test" });
    await post(rsvpPost, action.id, {});
  } else if (kind === "DONATION_DRIVE") {
    await post(pledgePost, action.id, { amountMinor: 1000, displayName: "Named Donor", email: "donor@example.test" }, undefined);
    await post(pledgePost, action.id, { amountMinor: 500 }, member.cookie);
  } else {
    await post(commitmentPost, action.id, { email: "boycotter@example.test" });
    await post(commitmentPost, action.id, {}, member.cookie);
  }
  const db = await getDb();
  const endsAt = new Date(Date.now() - endedDaysAgo * DAY);
  await db.action.update({ where: { id: action.id }, data: { startsAt: new Date(endsAt.getTime() - 2 * 3_600_000), endsAt } });
  return action;
}

describe("retention purge", () => {
  it("erases names, emails, account links and codes after retentionDays, keeps counts, and runs once", async () => {
    const [rally, drive, boycott] = await Promise.all([populated("RALLY", 31), populated("DONATION_DRIVE", 40), populated("BOYCOTT", 31)]);
    const recent = await populated("RALLY", 10);
    const longRetention = await populated("RALLY", 31, 60);
    const db = await getDb();
    const before = await db.action.findUniqueOrThrow({ where: { id: rally.id } });

    // Two instances at once: each action is purged by exactly one of them.
    const [a, b] = await Promise.all([purgeExpiredPersonalData(), purgeExpiredPersonalData()]);
    expect([...a, ...b].sort()).toEqual([rally.id, drive.id, boycott.id].sort());

    for (const id of [rally.id, drive.id, boycott.id]) {
      const action = await db.action.findUniqueOrThrow({ where: { id } });
      expect(action.personalDataPurgedAt).not.toBeNull();
    }
    const rsvps = await db.rsvp.findMany({ where: { actionId: rally.id } });
    expect(rsvps).toHaveLength(3);
    for (const r of rsvps) expect(r).toMatchObject({ name: null, email: null, userId: null, cancelTokenHash: null });
    expect(rsvps.reduce((s, r) => s + r.guests, 0)).toBe(2);
    const after = await db.action.findUniqueOrThrow({ where: { id: rally.id } });
    expect(after.goingCount).toBe(before.goingCount);
    const pledges = await db.pledge.findMany({ where: { actionId: drive.id } });
    for (const p of pledges) expect(p).toMatchObject({ displayName: null, email: null, userId: null, anonymous: true });
    expect(pledges.reduce((s, p) => s + (p.amountMinor ?? 0), 0)).toBe(1500);
    const commitments = await db.boycottCommitment.findMany({ where: { actionId: boycott.id } });
    expect(commitments).toHaveLength(2);
    for (const c of commitments) expect(c).toMatchObject({ email: null, userId: null });

    // Not yet due: untouched.
    for (const id of [recent.id, longRetention.id]) {
      expect((await db.action.findUniqueOrThrow({ where: { id } })).personalDataPurgedAt).toBeNull();
      expect(await db.rsvp.count({ where: { actionId: id, email: "guest.person@example.test" } })).toBe(1);
    }
    expect(await purgeExpiredPersonalData()).toEqual([]);
    // Its day comes.
    expect(await purgeExpiredPersonalData(new Date(Date.now() + 30 * DAY))).toEqual(expect.arrayContaining([recent.id, longRetention.id]));
  });
});
