import { getDb } from "../db";
import { notFoundError } from "../errors";

/**
 * Everything we hold about the person, for GET /api/me/export. Only rows linked to their own user
 * id; other people's data in the same actions (attendees, pledgers) never appears.
 */
export async function exportMyData(userId: string) {
  const db = await getDb();
  const action = { select: { id: true, slug: true, title: true, kind: true, startsAt: true, timeZone: true } } as const;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      locale: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      passwordHash: true,
      memberships: { select: { role: true, createdAt: true, chapter: { select: { slug: true, name: true } } } },
      sessions: { select: { createdAt: true, expires: true }, orderBy: { createdAt: "desc" } },
      accounts: { select: { provider: true, type: true } },
      rsvps: {
        select: { id: true, status: true, guests: true, name: true, email: true, locale: true, checkedInAt: true, createdAt: true, action },
        orderBy: { createdAt: "asc" },
      },
      pledges: {
        select: {
          id: true,
          displayName: true,
          email: true,
          anonymous: true,
          amountMinor: true,
          currency: true,
          quantity: true,
          received: true,
          createdAt: true,
          need: { select: { item: true, unit: true } },
          action,
        },
        orderBy: { createdAt: "asc" },
      },
      commitments: { select: { id: true, email: true, createdAt: true, action }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw notFoundError("Account not found");
  const { passwordHash, memberships, sessions, accounts, rsvps, pledges, commitments, ...profile } = user;
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...profile, hasPassword: !!passwordHash },
    memberships: memberships.map((m) => ({ chapter: m.chapter, role: m.role, since: m.createdAt })),
    sessions,
    signInMethods: accounts,
    rsvps,
    pledges,
    commitments,
  };
}
