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

/** Only published statements can be answered with an action. */
export async function assertPublishedStatement(tx: Pick<Tx, "statement">, statementId: string) {
  const statement = await tx.statement.findUnique({ where: { id: statementId }, select: { status: true } });
  if (!statement || statement.status !== "PUBLISHED") {
    throw new AppError("VALIDATION", "Some fields are invalid", { statementId: [E.statement] });
  }
}

/**
 * Saves a new DRAFT (or, with a recurrence, one draft per date of the series). The organiser
 * must organise the chapter the action is for; everything is written and audited in one go.
 * With `submit`, every draft is also submitted in the same transaction (in review, or published
 * at once for a trusted chapter): one click in the form, and no half-submitted series.
 */
export async function createAction(user: CurrentUser, raw: CreateActionInput | unknown, now = new Date()): Promise<CreatedActions> {
  const input = parseOr400(createActionInput, raw);
  if (!can(user, "action.create", { chapterId: input.chapterId })) throw forbidden();
  if (input.submit && !can(user, "action.submit", { chapterId: input.chapterId })) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const chapter = await tx.chapter.findUnique({ where: { id: input.chapterId }, select: { id: true } });
    if (!chapter) throw notFoundError("Chapter not found");
    await assertPublishedStatement(tx, input.statementId);
    const base = actionScalars(input);
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
