import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { notFoundError } from "../errors";
import { authoriseAction } from "./access";

/** Records that a pledge was handed over (money or goods, offline), or corrects that. */
export async function markPledgeReceived(user: CurrentUser, idOrSlug: string, pledgeId: string, received: boolean, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ref = await authoriseAction(tx, user, idOrSlug, "action.pledges.manage");
    const pledge = await tx.pledge.findFirst({ where: { id: pledgeId, actionId: ref.id }, select: { id: true, received: true, receivedAt: true } });
    if (!pledge) throw notFoundError("No such pledge");
    const receivedAt = received ? (pledge.receivedAt ?? now) : null;
    await tx.pledge.update({ where: { id: pledge.id }, data: { received, receivedAt } });
    await recordAudit(tx, {
      actorId: user.id,
      verb: received ? "pledge.receive" : "pledge.receive.undo",
      targetType: "Pledge",
      targetId: pledge.id,
      chapterId: ref.chapterId,
      before: { received: pledge.received },
      after: { received },
    });
    return { pledgeId: pledge.id, received, receivedAt: receivedAt?.toISOString() ?? null };
  });
}
