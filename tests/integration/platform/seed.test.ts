import { LOCALES } from "@/lib/i18n/locales";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { tableChecksums } from "@/lib/db/checksum";
import { seedDemo } from "@/prisma/seed";

describe("demo seed", () => {
  it("is complete, consistent, deterministic and idempotent", async () => {
    const db = await getDb();
    const anchor = new Date("2026-11-27T00:00:00Z");
    expect((await seedDemo(db, anchor)).created).toBe(true);
    const first = await tableChecksums(db);
    expect((await seedDemo(db, anchor)).created).toBe(false);
    expect(await tableChecksums(db)).toEqual(first);

    expect(first.Chapter.rows).toBeGreaterThanOrEqual(14);
    expect(first.Action.rows).toBeGreaterThanOrEqual(80);
    // The statement in every interface language.
    expect(first.StatementTranslation.rows).toBe(LOCALES.length);
    expect(first.TranslatorGrant.rows).toBe(1);
    const kinds = await db.action.groupBy({ by: ["kind"], _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["BOYCOTT", "DONATION_DRIVE", "RALLY"]);
    const countries = await db.chapter.findMany({ select: { countryCode: true }, distinct: ["countryCode"] });
    expect(countries.length).toBeGreaterThanOrEqual(14);
    for (const email of ["admin@example.org", "organiser@example.org", "organiser2@example.org", "member@example.org", "translator@example.org"]) {
      expect(await db.user.findUnique({ where: { email } })).not.toBeNull();
    }
    // Counters match the RSVP rows, and no rally is overbooked.
    const actions = await db.action.findMany({ include: { rsvps: true } });
    for (const a of actions) {
      const going = a.rsvps.filter((r) => r.status === "GOING").reduce((n, r) => n + 1 + r.guests, 0);
      expect(a.goingCount, a.slug).toBe(going);
      expect(a.waitlistCount, a.slug).toBe(a.rsvps.filter((r) => r.status === "WAITLISTED").length);
      if (a.capacity !== null) expect(going).toBeLessThanOrEqual(a.capacity);
    }
    expect(actions.some((a) => a.capacity !== null && a.goingCount === a.capacity && a.waitlistCount > 0)).toBe(true);
    expect(actions.some((a) => a.locationPrivacy === "APPROXIMATE")).toBe(true);
    expect(actions.some((a) => a.startsAt < anchor) && actions.some((a) => a.startsAt > anchor)).toBe(true);
  });
});
