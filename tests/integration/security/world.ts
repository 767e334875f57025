import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { createAction, createChapter, createStatement, createUser, uid } from "../../factories";
import { sessionCookieFor } from "../helpers/http";

export const PRINCIPALS = ["anonymous", "member", "organiser", "otherOrganiser", "suspended", "admin"] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** Recognisable values that must never leak; each is unique to this run. */
const tag = () => randomBytes(4).toString("hex");
const fakeHash = () => createHash("sha256").update(randomBytes(16)).digest("hex");

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * One small universe for the security tests: two chapters with their organisers, a member, a
 * suspended organiser, an admin, public and hidden actions, and participation with personal
 * data. Sentinels are the exact strings (emails, names, hashes, true coordinates) that the
 * response bodies are searched for.
 */
export async function buildWorld() {
  const db = await getDb();
  const passwordHash = `$2b$10$sentinelPasswordHash${tag()}${tag()}`;
  const chapterA = await createChapter({ name: `Chapter A ${uid()}` });
  const chapterB = await createChapter({ name: `Chapter B ${uid()}`, countryCode: "GB", city: "London", lat: 51.5, lng: -0.12 });
  const statement = await createStatement();
  const draftStatement = await createStatement({ status: "DRAFT", publishedAt: null });

  const mk = (name: string, extra: Parameters<typeof createUser>[0] = {}) =>
    createUser({ email: `${name}-${tag()}@sentinel.test`, name: `Sentinel ${name} ${tag()}`, passwordHash, ...extra });
  const users = {
    member: await mk("member"),
    organiser: await mk("organiser"),
    otherOrganiser: await mk("other-organiser"),
    suspended: await mk("suspended", { suspendedAt: new Date() }),
    admin: await mk("admin", { role: "ADMIN" }),
    attendee: await mk("attendee"),
  };
  await db.chapterMembership.createMany({
    data: [
      { userId: users.member.id, chapterId: chapterA.id, role: "MEMBER" },
      { userId: users.organiser.id, chapterId: chapterA.id, role: "ORGANISER" },
      { userId: users.suspended.id, chapterId: chapterA.id, role: "ORGANISER" },
      { userId: users.otherOrganiser.id, chapterId: chapterB.id, role: "ORGANISER" },
    ],
  });

  // True coordinates with many decimals, so their text cannot appear by accident.
  const hiddenLat = 22.3193871;
  const hiddenLng = 114.1693611;
  const base = { statementId: statement.id, createdById: users.organiser.id };
  const actions = {
    published: await createAction({ ...base, chapterId: chapterA.id, capacity: 50 }),
    approximate: await createAction({ ...base, chapterId: chapterA.id, lat: hiddenLat, lng: hiddenLng, locationPrivacy: "APPROXIMATE", address: `Sentinel Street ${tag()}` }),
    reveal: await createAction({ ...base, chapterId: chapterA.id, lat: hiddenLat + 0.01, lng: hiddenLng + 0.01, locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore: 2, address: `Sentinel Road ${tag()}` }),
    draft: await createAction({ ...base, chapterId: chapterA.id, status: "DRAFT", publishedAt: null }),
    pending: await createAction({ ...base, chapterId: chapterA.id, status: "PENDING_REVIEW", publishedAt: null }),
    otherChapter: await createAction({ statementId: statement.id, chapterId: chapterB.id, createdById: users.otherOrganiser.id, lat: 51.501, lng: -0.141, timeZone: "Europe/London" }),
  };

  const guest = { name: `Sentinel Guest ${tag()}`, email: `guest-${tag()}@sentinel.test` };
  const cancelHashes = [fakeHash(), fakeHash(), fakeHash()];
  await db.rsvp.create({ data: { actionId: actions.published.id, userId: users.member.id, status: "GOING" } });
  await db.rsvp.create({ data: { actionId: actions.published.id, userId: users.attendee.id, status: "GOING", guests: 1 } });
  await db.rsvp.create({ data: { actionId: actions.published.id, name: guest.name, email: guest.email, status: "GOING", cancelTokenHash: cancelHashes[0] } });
  await db.rsvp.create({ data: { actionId: actions.reveal.id, name: guest.name, email: guest.email, status: "GOING" } });
  await db.action.update({ where: { id: actions.published.id }, data: { goingCount: 4 } });
  await db.action.update({ where: { id: actions.reveal.id }, data: { goingCount: 1 } });
  const pledgeName = `Sentinel Pledger ${tag()}`;
  await db.pledge.create({ data: { actionId: actions.published.id, displayName: pledgeName, email: `pledger-${tag()}@sentinel.test`, anonymous: true, amountMinor: 2500, currency: "HKD", cancelTokenHash: cancelHashes[1] } });
  await db.boycottCommitment.create({ data: { actionId: actions.published.id, email: `committed-${tag()}@sentinel.test`, cancelTokenHash: cancelHashes[2] } });
  await db.report.create({ data: { actionId: actions.published.id, reason: "SPAM", details: "Looks fake" } });

  const cookies: Record<Principal, string | undefined> = {
    anonymous: undefined,
    member: await sessionCookieFor(users.member.id),
    organiser: await sessionCookieFor(users.organiser.id),
    otherOrganiser: await sessionCookieFor(users.otherOrganiser.id),
    suspended: await sessionCookieFor(users.suspended.id),
    admin: await sessionCookieFor(users.admin.id),
  };

  const everyUser = Object.values(users);
  const sentinels = {
    /** Never in any response to anyone. */
    secret: [passwordHash, ...cancelHashes],
    /** Personal: only for principals a row says are entitled (and a person's own data). */
    personal: (principal: Principal): string[] => {
      const self = principal === "anonymous" ? null : users[principal];
      const others = everyUser.filter((u) => u.id !== self?.id);
      return [
        ...others.flatMap((u) => [u.email!, u.name!]),
        guest.name,
        guest.email,
        pledgeName,
        ...[hiddenLat, hiddenLng, hiddenLat + 0.01, hiddenLng + 0.01].map((n) => String(n)),
        actions.approximate.address!,
        actions.reveal.address!,
      ];
    },
  };

  return { chapterA, chapterB, statement, draftStatement, users, actions, guest, cookies, sentinels, passwordHash };
}

/** A fresh published action in chapter A (or B) for rows whose call changes it. */
export async function freshAction(
  world: World,
  options: { chapter?: "A" | "B"; status?: "PUBLISHED" | "DRAFT" | "PENDING_REVIEW"; capacity?: number; kind?: "RALLY" | "DONATION_DRIVE" | "BOYCOTT"; currency?: string } = {},
) {
  const chapter = options.chapter === "B" ? world.chapterB : world.chapterA;
  const status = options.status ?? "PUBLISHED";
  return createAction({
    statementId: world.statement.id,
    chapterId: chapter.id,
    createdById: options.chapter === "B" ? world.users.otherOrganiser.id : world.users.organiser.id,
    status,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
    capacity: options.capacity ?? null,
    kind: options.kind ?? "RALLY",
    currency: options.currency ?? null,
  });
}

export type Acting = { id: string; email: string; cookie: string } | null;

/**
 * A new user with the same role, memberships and suspension as a principal, for calls that
 * change or erase the caller's own account (the shared principals must survive them).
 */
export async function clonePrincipal(world: World, principal: Principal): Promise<Acting> {
  if (principal === "anonymous") return null;
  const db = await getDb();
  const original = world.users[principal];
  const clone = await createUser({ email: `clone-${uid()}@example.test`, role: original.role, suspendedAt: original.suspendedAt });
  const memberships = await db.chapterMembership.findMany({ where: { userId: original.id }, select: { chapterId: true, role: true } });
  if (memberships.length) await db.chapterMembership.createMany({ data: memberships.map((m) => ({ ...m, userId: clone.id })) });
  return { id: clone.id, email: clone.email!, cookie: await sessionCookieFor(clone.id) };
}
