import type { CurrentUser } from "./current-user";

/**
 * The one authorisation module. Every route handler and page asks `can(user, permission, object)`;
 * the object carries the chapter it belongs to, so a permission is never granted by role alone.
 */
export type Permission =
  | "action.create"
  | "action.read.private"
  | "action.update"
  | "action.submit"
  | "action.cancel"
  | "action.relocate"
  | "action.compromise"
  | "action.duplicate"
  | "action.checkin"
  | "action.attendees.read"
  | "action.attendees.export"
  | "action.attendees.message"
  | "action.pledges.manage"
  | "chapter.update"
  | "chapter.members.manage"
  | "chapter.organise"
  | "rsvp.cancel"
  | "commitment.withdraw"
  | "translation.submit"
  | "translation.review"
  | "admin.access";

/**
 * What a permission is checked against: the chapter it lives in and, for personal rows, the owner;
 * for translations, the language and whether that language lets a second translator review.
 */
export type Resource = { chapterId?: string | null; ownerId?: string | null; locale?: string; peerReview?: boolean };

const CHAPTER_ORGANISER_PERMISSIONS: ReadonlySet<Permission> = new Set([
  "action.create",
  "action.read.private",
  "action.update",
  "action.submit",
  "action.cancel",
  "action.relocate",
  "action.compromise",
  "action.duplicate",
  "action.checkin",
  "action.attendees.read",
  "action.attendees.export",
  "action.attendees.message",
  "action.pledges.manage",
  "chapter.update",
  "chapter.members.manage",
  "chapter.organise",
]);

export function isAdmin(user: CurrentUser | null): boolean {
  return !!user && !user.suspended && user.role === "ADMIN";
}

export function isOrganiserOf(user: CurrentUser | null, chapterId: string | null | undefined): boolean {
  return !!user && !!chapterId && user.memberships.some((m) => m.chapterId === chapterId && m.role === "ORGANISER");
}

export function organisedChapterIds(user: CurrentUser | null): string[] {
  return user ? user.memberships.filter((m) => m.role === "ORGANISER").map((m) => m.chapterId) : [];
}

export function can(user: CurrentUser | null, permission: Permission, resource: Resource = {}): boolean {
  if (!user || user.suspended) return false;
  if (user.role === "ADMIN") return true;
  if (permission === "admin.access") return false;
  if (permission === "rsvp.cancel" || permission === "commitment.withdraw") {
    return (!!resource.ownerId && resource.ownerId === user.id) || isOrganiserOf(user, resource.chapterId);
  }
  if (CHAPTER_ORGANISER_PERMISSIONS.has(permission)) return isOrganiserOf(user, resource.chapterId);
  if (permission === "translation.submit") return !!resource.locale && translatorGrant(user, resource.locale) !== undefined;
  if (permission === "translation.review") return !!resource.peerReview && !!resource.locale && translatorGrant(user, resource.locale)?.canReview === true;
  return false;
}

function translatorGrant(user: CurrentUser, locale: string) {
  return user.translations?.find((g) => g.locale === locale);
}

/** Languages a user may translate into (every language for an admin). */
export function translatorLocales(user: CurrentUser | null, all: readonly string[]): string[] {
  if (!user || user.suspended) return [];
  return user.role === "ADMIN" ? [...all] : (user.translations ?? []).map((g) => g.locale).filter((l) => all.includes(l));
}
