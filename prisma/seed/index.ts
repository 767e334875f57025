import type { PrismaClient } from "../../lib/generated/prisma/client";
import { buildActions, needRows } from "./actions";
import { chapterRows, chapters } from "./chapters";
import { buildParticipation, endorsementRows, reportRows } from "./participation";
import { imaStatement2024 } from "./statement-ima-2024";
import { membershipRows, translatorGrantRows, userEmails, userRows } from "./users";
import { startOfUtcDay } from "./util";

export { startOfUtcDay } from "./util";

export const SEED_STATEMENT_ID = "seed-statement-ima-2024";

/**
 * Inserts the demo dataset: the IMA statement, 20 chapters, demo accounts and ~100 actions with
 * their RSVPs, pledges and commitments. Every row has a fixed id and is inserted with
 * skipDuplicates, so running it again changes nothing. Dates are relative to `anchor` on the
 * run that first inserts them.
 */
export async function seedDemo(db: PrismaClient, anchor: Date = startOfUtcDay(new Date())): Promise<{ created: boolean }> {
  const existing = await db.statement.findUnique({ where: { slug: imaStatement2024.slug }, select: { id: true } });
  // Hash outside the transaction: bcrypt is slow on purpose.
  const users = await userRows(anchor);

  await db.$transaction(
    async (tx) => {
      const statementId = existing?.id ?? SEED_STATEMENT_ID;
      const statementPublishedAt = new Date(imaStatement2024.publishedAt);
      await tx.statement.createMany({
        data: [{
          id: statementId,
          slug: imaStatement2024.slug,
          status: "PUBLISHED",
          sourceLocale: imaStatement2024.sourceLocale,
          reference: imaStatement2024.reference,
          publishedAt: statementPublishedAt,
          createdAt: statementPublishedAt,
        }],
        skipDuplicates: true,
      });
      await tx.statementTranslation.createMany({
        data: imaStatement2024.translations.map((t) => ({
          id: `${SEED_STATEMENT_ID}-${t.locale}`,
          statementId,
          locale: t.locale,
          title: t.title,
          summary: t.summary,
          body: t.body,
          demands: t.demands,
        })),
        skipDuplicates: true,
      });

      await tx.chapter.createMany({ data: chapterRows(), skipDuplicates: true });
      await tx.user.createMany({ data: users, skipDuplicates: true });

      // Rows that already existed under the same email or slug (created by hand, say) keep their ids.
      const userIds = new Map(
        (await tx.user.findMany({ where: { email: { in: userEmails() } }, select: { id: true, email: true } }))
          .map((u) => [users.find((r) => r.email === u.email)?.id ?? u.id, u.id]),
      );
      const chapterIds = new Map(
        (await tx.chapter.findMany({ where: { slug: { in: chapters.map((c) => c.slug) } }, select: { id: true, slug: true } }))
          .map((c) => [`seed-chapter-${c.slug}`, c.id]),
      );
      const user = <T extends string | null | undefined>(id: T): T | string => (id ? (userIds.get(id) ?? id) : id);
      const chapter = (id: string): string => chapterIds.get(id) ?? id;

      await tx.chapterMembership.createMany({
        data: membershipRows().map((m) => ({ ...m, userId: user(m.userId), chapterId: chapter(m.chapterId) })),
        skipDuplicates: true,
      });
      await tx.translatorGrant.createMany({ data: translatorGrantRows().map((g) => ({ ...g, userId: user(g.userId) })), skipDuplicates: true });
      await tx.chapterEndorsement.createMany({
        data: endorsementRows(statementId, statementPublishedAt).map((e) => ({ ...e, chapterId: chapter(e.chapterId) })),
        skipDuplicates: true,
      });

      const actions = buildActions(anchor, statementId);
      const participation = buildParticipation(actions, anchor);
      await tx.action.createMany({
        data: actions.map((a) => ({
          ...a.row,
          chapterId: chapter(a.row.chapterId),
          createdById: user(a.row.createdById),
          goingCount: participation.counts.get(a.id)?.goingCount ?? 0,
          waitlistCount: participation.counts.get(a.id)?.waitlistCount ?? 0,
        })),
        skipDuplicates: true,
      });
      await tx.actionNeed.createMany({ data: needRows(actions), skipDuplicates: true });
      await tx.dropOffPoint.createMany({ data: actions.flatMap((a) => a.dropOffs), skipDuplicates: true });
      await tx.boycottTarget.createMany({ data: actions.flatMap((a) => a.targets), skipDuplicates: true });
      await tx.rsvp.createMany({
        data: participation.rsvps.map((r) => ({ ...r, userId: user(r.userId) })),
        skipDuplicates: true,
      });
      // Arrival numbers were set explicitly; move the sequence past them so new RSVPs queue behind.
      await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"Rsvp"', 'arrival'), GREATEST((SELECT MAX("arrival") FROM "Rsvp"), 1))`;
      await tx.pledge.createMany({
        data: participation.pledges.map((p) => ({ ...p, userId: user(p.userId) })),
        skipDuplicates: true,
      });
      await tx.boycottCommitment.createMany({
        data: participation.commitments.map((c) => ({ ...c, userId: user(c.userId) })),
        skipDuplicates: true,
      });
      await tx.report.createMany({ data: reportRows(actions, anchor), skipDuplicates: true });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  return { created: existing === null };
}
