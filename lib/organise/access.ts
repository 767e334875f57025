import type { CurrentUser } from "../auth/current-user";
import { can, type Permission } from "../auth/policy";
import { forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;
export type ActionRef = { id: string; chapterId: string };

/** Route segments under /api/actions/[id] may carry the id or the slug. */
export function actionWhere(idOrSlug: string): Prisma.ActionWhereInput {
  return { OR: [{ id: idOrSlug }, { slug: idOrSlug }] };
}

/**
 * Finds the action and checks the permission against the chapter it actually belongs to:
 * 404 when there is no such action, 403 when it is another chapter's.
 */
export async function authoriseAction(db: Pick<Tx, "action">, user: CurrentUser | null, idOrSlug: string, permission: Permission): Promise<ActionRef> {
  const found = await db.action.findFirst({ where: actionWhere(idOrSlug), select: { id: true, chapterId: true } });
  if (!found) throw notFoundError("Action not found");
  if (!can(user, permission, { chapterId: found.chapterId })) throw forbidden();
  return found;
}

/** The same, then locks the row for the rest of the transaction (a concurrent RSVP or second organiser waits). */
export async function lockAction(tx: Tx, user: CurrentUser, idOrSlug: string, permission: Permission): Promise<ActionRef> {
  const ref = await authoriseAction(tx, user, idOrSlug, permission);
  await tx.$queryRaw`SELECT "id" FROM "Action" WHERE "id" = ${ref.id} FOR UPDATE`;
  return ref;
}
