import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { withdrawableConfirmationMail } from "@/lib/mail/templates/withdrawable-confirmation";
import type { ParticipationMailInput } from "@/lib/mail/templates/participation-common";
import { placeRevealedMail } from "@/lib/mail/templates/place-revealed";
import { reminderMail } from "@/lib/mail/templates/reminder";
import { rsvpConfirmationMail } from "@/lib/mail/templates/rsvp-confirmation";
import { waitlistPromotedMail } from "@/lib/mail/templates/waitlist-promoted";

const input = (locale: (typeof LOCALES)[number]): ParticipationMailInput => ({
  locale,
  name: "Rosa",
  title: "Harbour Rally",
  startsAt: new Date("2027-03-01T02:00:00Z"),
  endsAt: new Date("2027-03-01T04:00:00Z"),
  timeZone: "Asia/Hong_Kong",
  onlineUrl: null,
  place: { where: "Chater Garden", exact: false, laterAt: null },
  actionUrl: "https://example.test/x",
  cancelUrl: "https://example.test/cancel?rsvp=1&token=t",
  accountUrl: null,
  guests: 2,
  position: 3,
});

describe("participation mails in every language", () => {
  for (const locale of LOCALES) {
    it(`${locale}: all placeholders filled, times in the action's zone, cancel link present`, () => {
      const mails = [
        rsvpConfirmationMail({ ...input(locale), status: "GOING" }),
        rsvpConfirmationMail({ ...input(locale), status: "WAITLISTED" }),
        waitlistPromotedMail(input(locale)),
        reminderMail(input(locale)),
        placeRevealedMail({ ...input(locale), place: { where: "Secret Hall", exact: true, laterAt: null } }),
        withdrawableConfirmationMail("commitment", { locale, title: "Boycott Acme", actionUrl: "https://example.test/b", withdrawUrl: "https://example.test/w" }),
        withdrawableConfirmationMail("pledge", { locale, title: "Blankets for Harbour Rally", actionUrl: "https://example.test/d", withdrawUrl: "https://example.test/p" }),
      ];
      for (const m of mails) {
        expect(`${m.subject}\n${m.text}`).not.toMatch(/\{\w+\}/);
        expect(m.subject).toMatch(/Harbour Rally|Boycott Acme/);
      }
      for (const m of mails.slice(0, 5)) {
        expect(m.text).toContain("Asia/Hong_Kong");
        expect(m.text).toContain("https://example.test/cancel?rsvp=1&token=t");
      }
      expect(mails[5].text).toContain("https://example.test/w");
      expect(mails[6].text).toContain("https://example.test/p");
    });
  }

  it("English wording for the waitlist and guests", () => {
    expect(rsvpConfirmationMail({ ...input("en"), status: "WAITLISTED" }).text).toContain("position 3");
    expect(rsvpConfirmationMail({ ...input("en"), status: "GOING" }).text).toContain("You are bringing 2 guests.");
    expect(reminderMail({ ...input("en"), place: { where: null, exact: false, laterAt: new Date("2027-02-28T02:00:00Z") } }).text).toContain(
      "The exact place will be emailed to confirmed attendees from",
    );
  });
});
