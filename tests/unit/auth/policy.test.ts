import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, isAdmin, isOrganiserOf, organisedChapterIds, type Permission } from "@/lib/auth/policy";

const A = "chapter-a";
const B = "chapter-b";

const person = (id: string, extra: Partial<CurrentUser> = {}): CurrentUser => ({
  id,
  email: `${id}@example.test`,
  name: id,
  role: "USER",
  locale: "en",
  suspended: false,
  memberships: [],
  sessionId: `s-${id}`,
  ...extra,
});

const principals = {
  admin: person("admin", { role: "ADMIN" }),
  organiserA: person("orgA", { memberships: [{ chapterId: A, role: "ORGANISER" }] }),
  organiserB: person("orgB", { memberships: [{ chapterId: B, role: "ORGANISER" }] }),
  memberA: person("memberA", { memberships: [{ chapterId: A, role: "MEMBER" }] }),
  suspendedOrganiserA: person("suspOrgA", { suspended: true, memberships: [{ chapterId: A, role: "ORGANISER" }] }),
  suspendedAdmin: person("suspAdmin", { role: "ADMIN", suspended: true }),
  anonymous: null,
} as const;
type Who = keyof typeof principals;

const CHAPTER_PERMISSIONS = [
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
] as const satisfies readonly Permission[];
const OWNER_PERMISSIONS = ["rsvp.cancel", "commitment.withdraw"] as const satisfies readonly Permission[];

// The object lives in chapter A and (for personal rows) belongs to memberA.
const resource = { chapterId: A, ownerId: principals.memberA.id };

/** Who may do what to that object. Anyone not listed may not. */
const allowed: Record<Permission, Who[]> = {
  ...Object.fromEntries(CHAPTER_PERMISSIONS.map((p) => [p, ["admin", "organiserA"]])),
  ...Object.fromEntries(OWNER_PERMISSIONS.map((p) => [p, ["admin", "organiserA", "memberA"]])),
  "admin.access": ["admin"],
} as Record<Permission, Who[]>;

describe("can(user, permission, object)", () => {
  const rows = Object.entries(allowed).flatMap(([permission, who]) =>
    (Object.keys(principals) as Who[]).map((w) => [w, permission as Permission, who.includes(w)] as const),
  );
  it.each(rows)("%s · %s → %s", (who, permission, expected) => {
    expect(can(principals[who], permission, resource)).toBe(expected);
  });

  it("covers every permission the policy knows (7 principals × each)", () => {
    expect(rows).toHaveLength(Object.keys(allowed).length * 7);
    expect(Object.keys(allowed)).toHaveLength(CHAPTER_PERMISSIONS.length + OWNER_PERMISSIONS.length + 1);
  });

  it("never grants a chapter permission by role alone: no chapter on the object means no", () => {
    for (const p of CHAPTER_PERMISSIONS) {
      expect(can(principals.organiserA, p, {})).toBe(false);
      expect(can(principals.organiserA, p, { chapterId: null })).toBe(false);
      expect(can(principals.organiserA, p, { chapterId: B })).toBe(false);
      expect(can(principals.organiserB, p, { chapterId: B })).toBe(true);
    }
  });

  it("ownership needs a matching owner id; a missing owner matches nobody", () => {
    expect(can(principals.memberA, "rsvp.cancel", { chapterId: B, ownerId: principals.memberA.id })).toBe(true);
    expect(can(principals.memberA, "rsvp.cancel", { chapterId: B, ownerId: null })).toBe(false);
    expect(can(principals.memberA, "rsvp.cancel", { chapterId: B })).toBe(false);
    expect(can(principals.memberA, "commitment.withdraw", { chapterId: A, ownerId: "someone-else" })).toBe(false);
  });

  it("a member of a chapter is not an organiser of it", () => {
    expect(isOrganiserOf(principals.memberA, A)).toBe(false);
    expect(can(principals.memberA, "action.update", { chapterId: A })).toBe(false);
  });
});

describe("role helpers", () => {
  it("isAdmin: only an unsuspended admin", () => {
    expect(isAdmin(principals.admin)).toBe(true);
    expect(isAdmin(principals.suspendedAdmin)).toBe(false);
    expect(isAdmin(principals.organiserA)).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it("organisedChapterIds lists organiser memberships only", () => {
    const both = person("both", { memberships: [{ chapterId: A, role: "ORGANISER" }, { chapterId: B, role: "MEMBER" }] });
    expect(organisedChapterIds(both)).toEqual([A]);
    expect(organisedChapterIds(principals.memberA)).toEqual([]);
    expect(organisedChapterIds(null)).toEqual([]);
  });
});
