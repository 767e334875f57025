import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { drainJobs } from "@/lib/jobs/run";
import { listOutbox } from "@/lib/mail/outbox";
import { call, sessionCookieFor, type CallOptions } from "../integration/helpers/http";
import { createChapter, createStatement, createUser, uid } from "./index";

export type Principal = { id: string; cookie: string; email: string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route handler types its own params; the helper takes any of them
type AnyHandler = (req: Request, ctx: any) => Promise<Response>;
export const callRoute = (handler: AnyHandler, url: string, options?: CallOptions) => call(handler, url, options);

/** Mail goes to a fresh outbox folder per test file; high rate limits so loops of calls never trip them. */
export function isolateSideEffects() {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-organise-"));
  process.env.UPLOAD_DIR = path.join(process.env.DATA_DIR, "uploads");
  process.env.RATE_LIMIT_MUTATION_USER = "100000/60";
  process.env.RATE_LIMIT_MUTATION_IP = "100000/60";
}

/** Mail to one address, once the queued jobs have been sent (no worker runs inside tests). */
export async function outboxTo(email: string) {
  await drainJobs();
  return listOutbox(10_000).filter((m) => m.to === email);
}

export async function principal(role: "ORGANISER" | "MEMBER" | null, chapterId: string | null, extra: Parameters<typeof createUser>[0] = {}): Promise<Principal> {
  const user = await createUser({ name: `Person ${uid()}`, ...extra });
  if (role && chapterId) {
    const db = await getDb();
    await db.chapterMembership.create({ data: { userId: user.id, chapterId, role } });
  }
  return { id: user.id, cookie: await sessionCookieFor(user.id), email: user.email! };
}

/** Two chapters, each with an organiser, a member, and a published statement to answer. */
export async function organiseWorld() {
  const chapterA = await createChapter({ city: "London", countryCode: "GB", lat: 51.5, lng: -0.12 });
  const chapterB = await createChapter();
  const trusted = await createChapter({ trusted: true });
  const statement = await createStatement();
  const draftStatement = await createStatement({ status: "DRAFT", publishedAt: null });
  return {
    chapterA,
    chapterB,
    trusted,
    statement,
    draftStatement,
    organiserA: await principal("ORGANISER", chapterA.id),
    organiserB: await principal("ORGANISER", chapterB.id),
    organiserTrusted: await principal("ORGANISER", trusted.id),
    memberA: await principal("MEMBER", chapterA.id),
  };
}

/** A valid create body: a London rally next month (wall times in Europe/London). */
export function rallyBody(chapterId: string, statementId: string, overrides: Record<string, unknown> = {}) {
  const d = new Date(Date.now() + 30 * 86_400_000);
  const day = d.toISOString().slice(0, 10);
  return {
    chapterId,
    statementId,
    kind: "RALLY",
    title: "Rally for a ceasefire",
    description: "Bring **banners**.",
    startsAt: `${day}T18:00`,
    endsAt: `${day}T20:00`,
    timeZone: "Europe/London",
    mode: "IN_PERSON",
    venue: "Parliament Square",
    address: "Westminster, London",
    lat: 51.5005,
    lng: -0.1263,
    locationPrivacy: "EXACT",
    capacity: 200,
    ...overrides,
  };
}

/** People taking part: a signed-in attendee, a guest with name and email, a pledger and a signatory. */
export async function participants(actionId: string) {
  const db = await getDb();
  const user = await createUser({ name: "Signed In Attendee" });
  const guestEmail = `guest-${uid()}@example.test`;
  const pledgeEmail = `pledger-${uid()}@example.test`;
  const commitEmail = `signatory-${uid()}@example.test`;
  const signedIn = await db.rsvp.create({ data: { actionId, userId: user.id, status: "GOING", guests: 1, locale: "fr" } });
  const guest = await db.rsvp.create({ data: { actionId, name: "Guest Person", email: guestEmail, status: "GOING", locale: "es" } });
  const headcount = await db.rsvp.create({ data: { actionId, status: "GOING" } });
  const waitlisted = await db.rsvp.create({ data: { actionId, name: "Waiting Person", email: `wait-${uid()}@example.test`, status: "WAITLISTED" } });
  await db.action.update({ where: { id: actionId }, data: { goingCount: 4, waitlistCount: 1 } });
  const pledge = await db.pledge.create({ data: { actionId, displayName: "Pledger Name", email: pledgeEmail, anonymous: false, amountMinor: 5000, currency: "GBP" } });
  const commitment = await db.boycottCommitment.create({ data: { actionId, email: commitEmail } });
  return { user, signedIn, guest, headcount, waitlisted, pledge, commitment, emails: { user: user.email!, guest: guestEmail, pledge: pledgeEmail, commit: commitEmail, waitlisted: waitlisted.email! } };
}
