import { describe, expect, it } from "vitest";
import { placeForMail, revealAt, revealedPlace } from "@/lib/rsvps/reveal";

const HOUR = 3_600_000;
const startsAt = new Date("2027-03-01T12:00:00Z");
const base = { startsAt, venue: "Hall", address: "1 Lane", lat: 1, lng: 2 };

describe("reveal rules", () => {
  it("reveals REVEAL_TO_ATTENDEES places revealHoursBefore the start (24 h when unset)", () => {
    expect(revealAt({ ...base, locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore: 6 })).toEqual(new Date(startsAt.getTime() - 6 * HOUR));
    expect(revealAt({ ...base, locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore: null })).toEqual(new Date(startsAt.getTime() - 24 * HOUR));
    expect(revealAt({ ...base, locationPrivacy: "EXACT", revealHoursBefore: 6 })).toBeNull();
  });

  it.each([
    ["GOING, one ms early", "GOING", -1, false],
    ["GOING, on time", "GOING", 0, true],
    ["GOING, later", "GOING", 5 * HOUR, true],
    ["WAITLISTED, later", "WAITLISTED", 5 * HOUR, false],
    ["no RSVP, later", null, 5 * HOUR, false],
  ] as const)("%s", (_label, status, offset, shown) => {
    const a = { ...base, locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore: 6 };
    const now = new Date(startsAt.getTime() - 6 * HOUR + offset);
    expect(revealedPlace(a, status, now) !== null).toBe(shown);
  });

  it("never reveals APPROXIMATE places and has nothing to reveal for EXACT ones", () => {
    const late = new Date(startsAt.getTime() + HOUR);
    expect(revealedPlace({ ...base, locationPrivacy: "APPROXIMATE", revealHoursBefore: 6 }, "GOING", late)).toBeNull();
    expect(revealedPlace({ ...base, locationPrivacy: "EXACT", revealHoursBefore: null }, "GOING", late)).toBeNull();
  });

  it("mails: exact places as is, revealed ones when due, approximate never, otherwise when it will come", () => {
    const early = new Date(startsAt.getTime() - 30 * HOUR);
    expect(placeForMail({ ...base, locationPrivacy: "EXACT", revealHoursBefore: null }, "GOING", early)).toEqual({ where: "Hall, 1 Lane", exact: false, laterAt: null });
    expect(placeForMail({ ...base, locationPrivacy: "APPROXIMATE", revealHoursBefore: null }, "GOING", early).where).toBeNull();
    const hidden = { ...base, locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore: 6 };
    expect(placeForMail(hidden, "GOING", early)).toEqual({ where: null, exact: false, laterAt: new Date(startsAt.getTime() - 6 * HOUR) });
    expect(placeForMail(hidden, "GOING", new Date(startsAt.getTime() - HOUR))).toEqual({ where: "Hall, 1 Lane", exact: true, laterAt: null });
    expect(placeForMail(hidden, "WAITLISTED", new Date(startsAt.getTime() - HOUR)).where).toBeNull();
  });
});
