import { getDb } from "../db";
import { appUrl } from "../env";
import { isLocale, type Locale } from "../i18n/locales";
import { sendMail } from "../mail/send";
import type { ParticipationMailInput, RenderedMail } from "../mail/templates/participation-common";
import { placeRevealedMail } from "../mail/templates/place-revealed";
import { reminderMail } from "../mail/templates/reminder";
import { rsvpConfirmationMail } from "../mail/templates/rsvp-confirmation";
import { waitlistPromotedMail } from "../mail/templates/waitlist-promoted";
import { placeForMail } from "./reveal";
import { waitlistPosition } from "./waitlist";

export type RsvpMailEvent = "created" | "promoted" | "reminder" | "reveal";
export type RsvpMailPayload = { rsvpId: string; event: RsvpMailEvent; token?: string };

/**
 * Renders and sends one participation mail from the rows as they are NOW (not as they were when
 * the job was queued): a cancelled RSVP gets nothing, a waitlisted one gets its current position,
 * a place is included only if the reveal rules allow it at sending time.
 * Returns false when there was nothing (any more) to send.
 */
export async function sendRsvpMail(payload: RsvpMailPayload, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const r = await db.rsvp.findUnique({
    where: { id: payload.rsvpId },
    select: {
      id: true, status: true, guests: true, arrival: true, name: true, email: true, locale: true,
      user: { select: { name: true, email: true, locale: true } },
      action: {
        select: {
          id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, timeZone: true, onlineUrl: true,
          locationPrivacy: true, revealHoursBefore: true, venue: true, address: true, lat: true, lng: true,
        },
      },
    },
  });
  if (!r || r.status === "CANCELLED" || r.action.status !== "PUBLISHED") return false;
  if (payload.event !== "created" && r.status !== "GOING") return false;
  const to = r.user?.email ?? r.email;
  if (!to) return false;
  const rawLocale = r.user?.locale ?? r.locale;
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "en";
  const base = appUrl();
  const a = r.action;
  const input: ParticipationMailInput = {
    locale,
    name: r.user?.name ?? r.name,
    title: a.title,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    timeZone: a.timeZone,
    onlineUrl: a.onlineUrl,
    place: placeForMail(a, r.status, now),
    actionUrl: `${base}/${locale}/actions/${a.slug}`,
    cancelUrl: payload.token ? `${base}/${locale}/rsvps/cancel?rsvp=${encodeURIComponent(r.id)}&token=${encodeURIComponent(payload.token)}` : null,
    accountUrl: r.user ? `${base}/${locale}/me/rsvps` : null,
    guests: r.guests,
    position: r.status === "WAITLISTED" ? await waitlistPosition(db, a.id, r.arrival) : undefined,
  };
  let mail: RenderedMail;
  if (payload.event === "created") mail = rsvpConfirmationMail({ ...input, status: r.status });
  else if (payload.event === "promoted") mail = waitlistPromotedMail(input);
  else if (payload.event === "reminder") mail = reminderMail(input);
  else mail = placeRevealedMail(input);
  await sendMail({ to, ...mail });
  return true;
}
