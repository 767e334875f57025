import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { nudgeWorker } from "../jobs/nudge";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { parseOr400 } from "../http/respond";
import { actionChangedMail } from "../mail/templates/action-changed";
import { actionInput, E, type ActionFields, type UpdateActionInput } from "./action-schema";
import { actionScalars, childRows, publicPoint } from "./action-data";
import { lockAction } from "./access";
import { assertPublishedStatement } from "./create-action";
import { queueMailEach } from "./notify";
import { actionUrl, placeText } from "./place-text";
import { actionRecipients, type Recipient } from "./recipients";
import { formSelect, storedToFields } from "./stored-fields";

type Tx = Prisma.TransactionClient;

const TIME_AND_PLACE = ["startsAt", "endsAt", "timeZone", "mode", "venue", "address", "lat", "lng", "onlineUrl"] as const;
const LOCATION = ["lat", "lng", "locationPrivacy"] as const;

export type UpdatedAction = { id: string; slug: string; status: string; notified: number };

/**
 * Applies a partial edit: merged with the stored action and validated as a whole, so a PATCH can
 * never leave an action the form would refuse. Capacity may not drop below the seats already
 * taken (checked under the row lock). Changing the time or place of a published action tells
 * everyone taking part, after the commit.
 */
export async function updateAction(user: CurrentUser, idOrSlug: string, patch: UpdateActionInput): Promise<UpdatedAction> {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const ref = await lockAction(tx, user, idOrSlug, "action.update");
    const stored = await tx.action.findUniqueOrThrow({ where: { id: ref.id }, select: { ...formSelect, slug: true } });
    if (stored.status === "CANCELLED") throw new AppError("INVALID_TRANSITION", "A cancelled action cannot be edited");
    const merged = parseOr400(actionInput, { ...storedToFields(stored), ...definedOnly(patch) });
    if (merged.kind !== stored.kind && stored.status !== "DRAFT") {
      throw new AppError("VALIDATION", "Some fields are invalid", { kind: ["organise.errors.kindLocked"] });
    }
    if (merged.kind === "RALLY" && merged.capacity !== null && merged.capacity < stored.goingCount) {
      throw new AppError("VALIDATION", "Some fields are invalid", { capacity: [E.capacityBelowGoing] });
    }
    if (merged.statementId !== stored.statementId) merged.statementId = await assertPublishedStatement(tx, merged.statementId);
    const next = actionScalars(merged);
    // Wall times carry minutes only: an edit that does not touch the time keeps the stored instants exactly.
    if (patch.timeZone === undefined) {
      if (patch.startsAt === undefined) next.startsAt = stored.startsAt;
      if (patch.endsAt === undefined) next.endsAt = stored.endsAt;
    }
    const moved = LOCATION.some((k) => next[k] !== stored[k]);
    await tx.action.update({ where: { id: ref.id }, data: { ...next, ...(moved ? publicPoint(next) : {}) } });
    if (patch.needs !== undefined || patch.dropOffs !== undefined || patch.targets !== undefined || merged.kind !== stored.kind) {
      await replaceChildren(tx, ref.id, merged);
    }
    const changed = changedKeys(stored, next);
    const timeOrPlace = TIME_AND_PLACE.some((k) => changed.includes(k));
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.update",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      // Field names only: values may be personal (contacts) or secret (the true location).
      after: { changed },
    });
    const recipients: Recipient[] = stored.status === "PUBLISHED" && timeOrPlace ? await actionRecipients(tx, ref.id) : [];
    const notified = await queueMailEach(tx, recipients, (locale) =>
      actionChangedMail({ locale, title: next.title, url: actionUrl(locale, stored.slug), startsAt: next.startsAt, endsAt: next.endsAt, timeZone: next.timeZone, place: placeText(next) }),
    );
    return { id: ref.id, slug: stored.slug, status: stored.status, notified };
  });
  if (result.notified) nudgeWorker();
  return result;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function changedKeys(stored: Record<string, unknown>, next: Record<string, unknown>): string[] {
  return Object.keys(next).filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(next[k]));
}

/** Needs keep their ids (and so their pledges) when edited; drop-off points and targets are rewritten. */
async function replaceChildren(tx: Tx, actionId: string, v: ActionFields) {
  const rows = childRows(v);
  const keep = v.kind === "DONATION_DRIVE" ? v.needs.flatMap((n) => (n.id ? [n.id] : [])) : [];
  await tx.actionNeed.deleteMany({ where: { actionId, id: { notIn: keep } } });
  for (const [position, need] of (v.kind === "DONATION_DRIVE" ? v.needs : []).entries()) {
    const data = { item: need.item, quantity: need.quantity, unit: need.unit, position };
    const existing = need.id ? await tx.actionNeed.updateMany({ where: { id: need.id, actionId }, data }) : { count: 0 };
    if (existing.count === 0) await tx.actionNeed.create({ data: { ...data, actionId } });
  }
  await tx.dropOffPoint.deleteMany({ where: { actionId } });
  await tx.boycottTarget.deleteMany({ where: { actionId } });
  if (rows.dropOffs.length) await tx.dropOffPoint.createMany({ data: rows.dropOffs.map((d) => ({ ...d, actionId })) });
  if (rows.targets.length) await tx.boycottTarget.createMany({ data: rows.targets.map((t) => ({ ...t, actionId })) });
}
