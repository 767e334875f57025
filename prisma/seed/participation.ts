import type { Prisma } from "../../lib/generated/prisma/client";
import type { RsvpStatus } from "../../lib/generated/prisma/enums";
import type { SeedAction } from "./actions";
import { chapters } from "./chapters";
import { participantIds, participants as people } from "./users";
import { addMs, DAY_MS, HOUR_MS, Rng } from "./util";

export type ActionCounts = { goingCount: number; waitlistCount: number };

export type Participation = {
  rsvps: Prisma.RsvpCreateManyInput[];
  pledges: Prisma.PledgeCreateManyInput[];
  commitments: Prisma.BoycottCommitmentCreateManyInput[];
  counts: Map<string, ActionCounts>;
};

const guestFirstNames = [
  "Marites", "Yuli", "Grace", "Fatima", "Carmen", "Omar", "Leila", "Rosa", "Mei", "Thandi", "Wanjiru", "Pedro",
  "Hana", "Samira", "Tomás", "Lina", "Jun", "Aisha", "Rohan", "Inés", "Bilal", "Nadia", "Chidi", "Sofía",
];
const APP_LOCALES = ["en", "id", "es", "fr", "ar"] as const;
const MAX_SEATS_PER_ACTION = 120;

/** A participant on one action: a signed-in demo user, a named guest, or an anonymous headcount. */
type Identity = { userId: string | null; name: string | null; email: string | null; locale: string };

class Identities {
  private readonly users: string[];

  constructor(
    private readonly rng: Rng,
    private readonly guests: { next: number },
    /** After the retention period guests' names and emails are gone; only headcounts remain. */
    private readonly purged: boolean,
  ) {
    this.users = rng.sample(participantIds, rng.int(1, 5));
  }

  next(userShare = 0.3, guestShare = 0.6): Identity {
    // Always draw the same numbers, so the rows (and their ids) do not depend on the anchor date.
    const wantsUser = this.rng.chance(userShare);
    const wantsGuest = this.rng.chance(guestShare);
    const first = this.rng.pick(guestFirstNames);
    const initial = String.fromCharCode(65 + this.rng.int(0, 25));
    const locale = this.rng.pick(APP_LOCALES);
    const userId = wantsUser ? this.users.pop() : undefined;
    if (userId) return { userId, name: null, email: null, locale: people.get(userId)?.locale ?? "en" };
    if (!wantsGuest) return { userId: null, name: null, email: null, locale };
    const n = this.guests.next++;
    if (this.purged) return { userId: null, name: null, email: null, locale };
    return { userId: null, name: `${first} ${initial}.`, email: `guest${n}@example.net`, locale };
  }
}

/** Instants spread evenly through the window in which people could respond, in order. */
function spread(from: Date, to: Date, count: number): Date[] {
  const span = Math.max(to.getTime() - from.getTime(), HOUR_MS);
  return Array.from({ length: count }, (_, i) => new Date(from.getTime() + Math.floor((span * (i + 1)) / (count + 1))));
}

function respondWindow(a: SeedAction, anchor: Date): [Date, Date] {
  const from = a.publishedAt ?? addMs(anchor, -DAY_MS);
  const until = a.startsAt < anchor ? a.startsAt : anchor;
  return [from, until > from ? until : addMs(from, HOUR_MS)];
}

type Counter = { next: number };

function rsvpsFor(a: SeedAction, anchor: Date, arrival: Counter, guests: Counter): { rows: Prisma.RsvpCreateManyInput[]; counts: ActionCounts } {
  const rng = new Rng(`${a.id}-rsvps`);
  const checkIns = new Rng(`${a.id}-check-ins`);
  const ids = new Identities(rng, guests, a.personalDataPurged);
  const capacity = a.capacity;
  let target: number;
  if (a.full && capacity !== null) target = capacity;
  else if (a.status === "CANCELLED") target = rng.int(4, 15);
  else if (capacity !== null) target = Math.max(3, Math.floor(capacity * (0.2 + 0.5 * rng.next())));
  else target = rng.int(6, 40);
  target = Math.min(target, capacity ?? MAX_SEATS_PER_ACTION, MAX_SEATS_PER_ACTION);

  const planned: { who: Identity; status: RsvpStatus; guests: number }[] = [];
  let seats = 0;
  while (seats < target) {
    if (rng.chance(0.05)) planned.push({ who: ids.next(), status: "CANCELLED", guests: 0 });
    // The last party is trimmed so a full action ends exactly at capacity.
    const guests = Math.min(target - seats - 1, rng.chance(0.25) ? rng.int(1, 3) : 0);
    planned.push({ who: ids.next(), status: "GOING", guests });
    seats += 1 + guests;
  }
  const waitlisted = a.full ? rng.int(3, 6) : 0;
  for (let i = 0; i < waitlisted; i++) planned.push({ who: ids.next(), status: "WAITLISTED", guests: rng.chance(0.2) ? 1 : 0 });

  const [from, until] = respondWindow(a, anchor);
  const times = spread(from, until, planned.length);
  const past = a.startsAt < anchor;
  const rows = planned.map((p, i): Prisma.RsvpCreateManyInput => ({
    id: `${a.id}-rsvp-${String(i + 1).padStart(3, "0")}`,
    actionId: a.id,
    userId: p.who.userId,
    name: p.who.name,
    email: p.who.email,
    locale: p.who.locale,
    status: p.status,
    guests: p.guests,
    arrival: arrival.next++,
    checkedInAt: past && p.status === "GOING" && checkIns.chance(0.7) ? addMs(a.startsAt, checkIns.int(0, 40) * 60_000) : null,
    createdAt: times[i] as Date,
  }));
  const goingCount = planned.filter((p) => p.status === "GOING").reduce((sum, p) => sum + 1 + p.guests, 0);
  if (capacity !== null && goingCount > capacity) throw new Error(`${a.id} overbooked`);
  return { rows, counts: { goingCount, waitlistCount: waitlisted } };
}

function pledgesFor(a: SeedAction, anchor: Date, guests: Counter): Prisma.PledgeCreateManyInput[] {
  const rng = new Rng(`${a.id}-pledges`);
  const ids = new Identities(rng, guests, a.personalDataPurged);
  const { currency, currencyExponent, typicalGoal } = a.chapter;
  const goalMajor = a.goalMinor === null ? typicalGoal : a.goalMinor / 10 ** currencyExponent;
  const count = rng.int(3, 10);
  const [from, until] = respondWindow(a, anchor);
  const times = spread(from, until, count);
  return times.map((createdAt, i): Prisma.PledgeCreateManyInput => {
    const who = ids.next(0.3, 0.5);
    const money = a.needs.length === 0 || rng.chance(0.45);
    const need = money ? null : rng.pick(a.needs);
    const received = rng.chance(a.startsAt < anchor ? 0.6 : 0.2);
    const receivedAfter = rng.int(1, 4) * DAY_MS;
    const displayName = who.userId ? (people.get(who.userId)?.name ?? null) : who.name;
    return {
      id: `${a.id}-pledge-${String(i + 1).padStart(2, "0")}`,
      actionId: a.id,
      userId: who.userId,
      needId: need?.id ?? null,
      displayName,
      email: who.email,
      anonymous: displayName === null,
      amountMinor: money ? Math.max(1, Math.round(goalMajor * rng.pick([0.005, 0.01, 0.02, 0.05]))) * 10 ** currencyExponent : null,
      currency: money ? currency : null,
      quantity: need ? rng.int(1, Math.max(1, Math.floor(need.quantity / 10))) : null,
      received,
      receivedAt: received ? new Date(Math.min(createdAt.getTime() + receivedAfter, anchor.getTime())) : null,
      createdAt,
    };
  });
}

function commitmentsFor(a: SeedAction, anchor: Date, guests: Counter): Prisma.BoycottCommitmentCreateManyInput[] {
  const rng = new Rng(`${a.id}-commitments`);
  const ids = new Identities(rng, guests, a.personalDataPurged);
  const count = rng.int(5, 25);
  const [from, until] = respondWindow(a, anchor);
  return spread(from, until, count).map((createdAt, i) => {
    const who = ids.next(0.25, 0.5);
    return { id: `${a.id}-commitment-${String(i + 1).padStart(2, "0")}`, actionId: a.id, userId: who.userId, email: who.email, createdAt };
  });
}

export function buildParticipation(actions: readonly SeedAction[], anchor: Date): Participation {
  const arrival: Counter = { next: 1 };
  const guests: Counter = { next: 1 };
  const out: Participation = { rsvps: [], pledges: [], commitments: [], counts: new Map() };
  for (const a of actions) {
    if (a.status !== "PUBLISHED" && a.status !== "CANCELLED") continue;
    if (a.kind === "RALLY") {
      const { rows, counts } = rsvpsFor(a, anchor, arrival, guests);
      out.rsvps.push(...rows);
      out.counts.set(a.id, counts);
    } else if (a.kind === "DONATION_DRIVE") {
      out.pledges.push(...pledgesFor(a, anchor, guests));
    } else {
      out.commitments.push(...commitmentsFor(a, anchor, guests));
    }
  }
  return out;
}

/** Chapters still settling in have not endorsed the statement yet. */
const NOT_YET_ENDORSED = new Set(["sao-paulo", "nairobi", "sydney"]);

export function endorsementRows(statementId: string, statementPublishedAt: Date): Prisma.ChapterEndorsementCreateManyInput[] {
  return chapters
    .filter((c) => !NOT_YET_ENDORSED.has(c.slug))
    .map((c, i) => ({ chapterId: c.id, statementId, createdAt: addMs(statementPublishedAt, (1 + (i % 10)) * DAY_MS + i * HOUR_MS) }));
}

export function reportRows(actions: readonly SeedAction[], anchor: Date): Prisma.ReportCreateManyInput[] {
  const upcoming = (slug: string, kind: SeedAction["kind"]) =>
    actions.find((a) => a.chapter.slug === slug && a.kind === kind && a.status === "PUBLISHED" && a.startsAt > anchor);
  const rally = upcoming("los-angeles", "RALLY") ?? upcoming("madrid", "RALLY");
  const boycott = upcoming("johannesburg", "BOYCOTT") ?? upcoming("paris", "BOYCOTT");
  const reports: Prisma.ReportCreateManyInput[] = [];
  if (rally) {
    reports.push({
      id: "seed-report-1", actionId: rally.id, reason: "WRONG_INFORMATION", status: "OPEN",
      details: "The meeting point is fenced off for maintenance works that weekend; people will not be able to gather there.",
      createdAt: addMs(anchor, -DAY_MS + 14 * HOUR_MS),
    });
  }
  if (boycott) {
    reports.push({
      id: "seed-report-2", actionId: boycott.id, reason: "SPAM", status: "OPEN",
      details: "Someone has been posting this same link dozens of times in our community chat with an unrelated fundraiser.",
      createdAt: addMs(anchor, -3 * HOUR_MS),
    });
  }
  return reports;
}
