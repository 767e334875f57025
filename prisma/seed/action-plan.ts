import type { ActionKind, ActionMode } from "../../lib/generated/prisma/enums";
import { chapters, type SeedChapter } from "./chapters";
import { calendarDay, Rng, zonedTimeToUtc } from "./util";

const ACTIONS_PER_CHAPTER: Readonly<Record<string, number>> = {
  "hong-kong": 8, london: 7, manila: 6, "new-york": 6, jakarta: 5, taipei: 5, beirut: 5, madrid: 5, paris: 5,
  berlin: 5, toronto: 5, seoul: 4, tokyo: 4, amman: 4, "los-angeles": 4, "mexico-city": 4, "sao-paulo": 4,
  johannesburg: 4, nairobi: 4, sydney: 4,
};

export type Role = "FULL" | "PENDING" | "DRAFT" | "REJECTED" | "CANCELLED";

/** Actions that exercise specific screens: review queue, waitlists, cancellations. All upcoming. */
const ROLES: Readonly<Record<string, Role[]>> = {
  "hong-kong": ["FULL", "PENDING", "PENDING", "DRAFT"],
  london: ["FULL", "CANCELLED", "DRAFT"],
  manila: ["FULL"],
  "new-york": ["FULL"],
  berlin: ["CANCELLED"],
  paris: ["REJECTED"],
  madrid: ["DRAFT"],
  "sao-paulo": ["PENDING"],
  nairobi: ["PENDING"],
};

const KIND_CYCLE: readonly ActionKind[] = ["RALLY", "DONATION_DRIVE", "RALLY", "BOYCOTT"];
/** Migrant domestic workers in these cities have Sunday as their only day off. */
export const SUNDAY_ONLY = new Set(["hong-kong", "taipei"]);
const MIN_DAY = -60;
const MAX_DAY = 90;

export type Plan = { chapter: SeedChapter; ci: number; n: number; g: number; kind: ActionKind; day: number; role: Role | null };

/** Picks the title template and, for rallies, the time slot; the two are paired on purpose. */
export function variantOf(p: Plan): number {
  return p.n + p.ci;
}

export function plan(): Plan[] {
  const plans: Plan[] = [];
  let g = 0;
  chapters.forEach((chapter, ci) => {
    const count = ACTIONS_PER_CHAPTER[chapter.slug] ?? 4;
    const mine: Plan[] = [];
    for (let n = 0; n < count; n++, g++) {
      const rng = new Rng(`seed-action-day-${g}`);
      const past = [1, 4, 7].includes(g % 10);
      // Never within a day of the anchor, so "upcoming" and "past" hold in every time zone.
      const day = past ? -rng.int(2, -MIN_DAY) : rng.int(2, MAX_DAY);
      mine.push({ chapter, ci, n, g, kind: KIND_CYCLE[g % KIND_CYCLE.length] as ActionKind, day, role: null });
    }
    for (const role of ROLES[chapter.slug] ?? []) {
      const free = mine.filter((p) => p.role === null);
      let target = role === "FULL" ? free.find((p) => p.kind === "RALLY" && p.day > 0) : free.find((p) => p.day > 0);
      target ??= free[0];
      if (!target) throw new Error(`Not enough seed actions in ${chapter.slug} for role ${role}`);
      if (role === "FULL") target.kind = "RALLY";
      target.day = Math.abs(target.day);
      target.role = role;
    }
    plans.push(...mine);
  });
  return plans;
}

function shiftToWeekday(anchor: Date, day: number, allowed: readonly number[]): number {
  const forward = day > 0 ? 1 : -1;
  // Stay on the same side of the anchor, so upcoming actions stay upcoming.
  const ok = (d: number) => (day > 0 ? d >= 2 : d <= -2) && d >= MIN_DAY - 6 && d <= MAX_DAY + 6;
  for (let k = 0; k <= 6; k++) {
    for (const d of [day + k * forward, day - k * forward]) {
      if (ok(d) && allowed.includes(calendarDay(anchor, d).weekday)) return d;
    }
  }
  return day;
}

function at(anchor: Date, day: number, hour: number, minute: number, zone: string): Date {
  return zonedTimeToUtc(calendarDay(anchor, day), hour, minute, zone);
}

export function schedule(p: Plan, mode: ActionMode, anchor: Date, rng: Rng): { startsAt: Date; endsAt: Date } {
  const zone = p.chapter.timeZone;
  if (p.kind === "DONATION_DRIVE") {
    return { startsAt: at(anchor, p.day, 10, 0, zone), endsAt: at(anchor, p.day + rng.int(7, 21), 18, 0, zone) };
  }
  if (p.kind === "BOYCOTT") {
    return { startsAt: at(anchor, p.day, 9, 0, zone), endsAt: at(anchor, p.day + rng.int(30, 90), 23, 0, zone) };
  }
  if (mode === "ONLINE") {
    return { startsAt: at(anchor, p.day, 19, 0, zone), endsAt: at(anchor, p.day, 20, 30, zone) };
  }
  const slots = [[10, 0, 14, 0], [17, 0, 19, 0], [14, 0, 17, 0], [18, 30, 20, 30]] as const;
  const [sh, sm, eh, em] = slots[variantOf(p) % slots.length] as readonly [number, number, number, number];
  const daytime = sh < 17;
  const weekdays = SUNDAY_ONLY.has(p.chapter.slug) ? [0] : daytime ? [0, 6] : [1, 2, 3, 4, 5];
  const day = shiftToWeekday(anchor, p.day, weekdays);
  return { startsAt: at(anchor, day, sh, sm, zone), endsAt: at(anchor, day, eh, em, zone) };
}

