import bcrypt from "bcryptjs";
import type { Prisma } from "../../lib/generated/prisma/client";

export const DEMO_PASSWORD = "mobilise-demo";

export const ADMIN_ID = "seed-user-admin";
export const ORGANISER_HK_ID = "seed-user-organiser";
export const ORGANISER_LONDON_ID = "seed-user-organiser2";
export const MEMBER_HK_ID = "seed-user-member";
export const TRANSLATOR_TL_ID = "seed-user-translator";

/** Who creates a chapter's actions; chapters without an organiser account create none in the demo. */
export const organiserByChapterSlug: Readonly<Record<string, string>> = {
  "hong-kong": ORGANISER_HK_ID,
  london: ORGANISER_LONDON_ID,
};

type DemoAccount = { id: string; email: string; name: string; locale: string; role: "USER" | "ADMIN" };

const accounts: DemoAccount[] = [
  { id: ADMIN_ID, email: "admin@example.org", name: "Demo Admin", locale: "en", role: "ADMIN" },
  { id: ORGANISER_HK_ID, email: "organiser@example.org", name: "Lorna Dizon", locale: "en", role: "USER" },
  { id: ORGANISER_LONDON_ID, email: "organiser2@example.org", name: "Samir Haddad", locale: "en", role: "USER" },
  { id: MEMBER_HK_ID, email: "member@example.org", name: "Wulan Sari", locale: "id", role: "USER" },
  { id: TRANSLATOR_TL_ID, email: "translator@example.org", name: "Marites Santos", locale: "tl", role: "USER" },
];

export type DemoPerson = { id: string; name: string; email: string; locale: string };

/** Invented people who RSVP, pledge and commit; they have no password and cannot sign in. */
const peopleInput: ReadonlyArray<readonly [name: string, locale: string]> = [
  ["Ana Reyes", "en"],
  ["Siti Rahmawati", "id"],
  ["Maricel Bautista", "en"],
  ["Dewi Anggraini", "id"],
  ["Lucía Fernández", "es"],
  ["Karim Mansour", "ar"],
  ["Amina Diallo", "fr"],
  ["Jorge Castillo", "es"],
  ["Nour Khalil", "ar"],
  ["Joy Villanueva", "en"],
  ["Camille Martin", "fr"],
  ["Rina Kusuma", "id"],
];

export const demoPeople: DemoPerson[] = peopleInput.map(([name, locale], i) => ({
  id: `seed-user-person-${String(i + 1).padStart(2, "0")}`,
  name,
  email: `${slugEmail(name)}@example.net`,
  locale,
}));

/** Signed-in demo users who can appear as RSVPs, pledgers and boycott signatories. */
export const participants: ReadonlyMap<string, { name: string; locale: string }> = new Map([
  ...accounts.filter((a) => a.id === MEMBER_HK_ID).map((a): [string, { name: string; locale: string }] => [a.id, a]),
  ...demoPeople.map((p): [string, { name: string; locale: string }] => [p.id, p]),
]);

export const participantIds: string[] = [...participants.keys()];

function slugEmail(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".");
}

export async function userRows(anchor: Date): Promise<Prisma.UserCreateManyInput[]> {
  // One hash for all the demo accounts: they share the demo password, and bcrypt is deliberately slow.
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const verifiedAt = new Date(anchor.getTime() - 90 * 24 * 3_600_000);
  return [
    ...accounts.map((a) => ({
      id: a.id,
      email: a.email,
      name: a.name,
      locale: a.locale,
      role: a.role,
      passwordHash,
      emailVerified: verifiedAt,
    })),
    ...demoPeople.map((p) => ({
      id: p.id,
      email: p.email,
      name: p.name,
      locale: p.locale,
      emailVerified: verifiedAt,
    })),
  ];
}

export function userEmails(): string[] {
  return [...accounts.map((a) => a.email), ...demoPeople.map((p) => p.email)];
}

/** The demo translator translates statements into Tagalog (an admin reviews). */
export function translatorGrantRows(): Prisma.TranslatorGrantCreateManyInput[] {
  return [{ userId: TRANSLATOR_TL_ID, locale: "tl" }];
}

export function membershipRows(): Prisma.ChapterMembershipCreateManyInput[] {
  return [
    { id: "seed-membership-organiser-hk", userId: ORGANISER_HK_ID, chapterId: "seed-chapter-hong-kong", role: "ORGANISER" },
    { id: "seed-membership-organiser-london", userId: ORGANISER_LONDON_ID, chapterId: "seed-chapter-london", role: "ORGANISER" },
    { id: "seed-membership-member-hk", userId: MEMBER_HK_ID, chapterId: "seed-chapter-hong-kong", role: "MEMBER" },
  ];
}
