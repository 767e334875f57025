import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { parseOr400 } from "../http/respond";
import { createActionInput, E, type CreateActionInput } from "./action-schema";
import { actionScalars, actionSlug, auditView, childRows, publicPoint } from "./action-data";
import { seriesOccurrences, seriesRule } from "./series";
import { submitLocked, type Submitted } from "./submit-action";

type Tx = Prisma.TransactionClient;

export type CreatedActions = { id: string; slug: string; ids: string[]; seriesId: string | null; status: "DRAFT" | Submitted["status"] };

/** Only published statements can be answered with an action. Takes the id or the slug; returns the id. */
export async function assertPublishedStatement(tx: Pick<Tx, "statement">, statementRef: string): Promise<string> {
  const statement = await tx.statement.findFirst({ where: { OR: [{ id: statementRef }, { slug: statementRef }] }, select: { id: true, status: true } });
  if (!statement || statement.status !== "PUBLISHED") {
    throw new AppError("VALIDATION", "Some fields are invalid", { statementId: [E.statement] });
  }
  return statement.id;
}

/**
 * Saves a new DRAFT (or, with a recurrence, one draft per date of the series). The organiser
 * must organise the chapter the action is for; everything is written and audited in one go.
 * With `submit`, every draft is also submitted in the same transaction (in review, or published
 * at once for a trusted chapter): one click in the form, and no half-submitted series.
 */
export async function createAction(user: CurrentUser, raw: CreateActionInput | unknown, now = new Date()): Promise<CreatedActions> {
  const input = parseOr400(createActionInput, raw);
  const db = await getDb();
  // The chapter by id or by slug, as the public API shows it; permission is checked on the id.
  const chapter = await db.chapter.findFirst({ where: { OR: [{ id: input.chapterId }, { slug: input.chapterId }] }, select: { id: true } });
  if (!can(user, "action.create", { chapterId: chapter?.id ?? input.chapterId })) throw forbidden();
  if (input.submit && !can(user, "action.submit", { chapterId: chapter?.id ?? input.chapterId })) throw forbidden();
  if (!chapter) throw notFoundError("Chapter not found");
  return db.$transaction(async (tx) => {
    const statementId = await assertPublishedStatement(tx, input.statementId);
    const base = actionScalars({ ...input, statementId });
    const children = childRows(input);
    const dates = input.recurrence
      ? seriesOccurrences(input.startsAt, input.endsAt, input.timeZone, input.recurrence).map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))
      : [{ startsAt: base.startsAt, endsAt: base.endsAt }];
    let seriesId: string | null = null;
    if (input.recurrence) {
      const series = await tx.actionSeries.create({
        data: { chapterId: chapter.id, rrule: seriesRule(input.startsAt, input.timeZone, input.recurrence) },
        select: { id: true },
      });
      seriesId = series.id;
      await recordAudit(tx, { actorId: user.id, verb: "series.create", targetType: "ActionSeries", targetId: series.id, chapterId: chapter.id, after: { ...input.recurrence, count: dates.length } });
    }
    const created: { id: string; slug: string }[] = [];
    for (const when of dates) {
      const action = await tx.action.create({
        data: {
          ...base,
          ...when,
          ...publicPoint(base),
          slug: actionSlug(base.title),
          status: "DRAFT",
          chapterId: chapter.id,
          seriesId,
          createdById: user.id,
          needs: { create: children.needs },
          dropOffs: { create: children.dropOffs },
          targets: { create: children.targets },
        },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        verb: "action.create",
        targetType: "Action",
        targetId: action.id,
        chapterId: chapter.id,
        after: auditView({ status: "DRAFT", kind: base.kind, title: base.title, ...when, timeZone: base.timeZone, locationPrivacy: base.locationPrivacy }),
      });
      created.push(action);
    }
    let status: CreatedActions["status"] = "DRAFT";
    if (input.submit) for (const action of created) ({ status } = await submitLocked(tx, user, { id: action.id, chapterId: chapter.id }, now));
    return { id: created[0].id, slug: created[0].slug, ids: created.map((c) => c.id), seriesId, status };
  });
}
