import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { actionScalars, actionSlug, childRows, publicPoint } from "./action-data";
import { lockAction } from "./access";
import { assertPublishedStatement } from "./create-action";
import { formSelect, storedToFields } from "./stored-fields";

/** A new DRAFT with the same content (not its people): the quick way to run it again. */
export async function duplicateAction(user: CurrentUser, idOrSlug: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ref = await lockAction(tx, user, idOrSlug, "action.duplicate");
    const stored = await tx.action.findUniqueOrThrow({ where: { id: ref.id }, select: formSelect });
    const fields = storedToFields(stored);
    await assertPublishedStatement(tx, fields.statementId);
    const scalars = actionScalars(fields);
    const children = childRows(fields);
    const copy = await tx.action.create({
      data: {
        ...scalars,
        ...publicPoint(scalars),
        slug: actionSlug(scalars.title),
        status: "DRAFT",
        chapterId: ref.chapterId,
        createdById: user.id,
        needs: { create: children.needs },
        dropOffs: { create: children.dropOffs },
        targets: { create: children.targets },
      },
      select: { id: true, slug: true, status: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.duplicate",
      targetType: "Action",
      targetId: copy.id,
      chapterId: ref.chapterId,
      before: { from: ref.id },
      after: { status: "DRAFT" },
    });
    return { id: copy.id, slug: copy.slug, status: copy.status, notified: 0 };
  });
}
