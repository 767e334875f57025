import type { z } from "zod";
import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { nudgeWorker } from "../jobs/nudge";
import { AppError } from "../errors";
import { actionRelocatedMail } from "../mail/templates/action-relocated";
import { publicPoint } from "./action-data";
import { lockAction } from "./access";
import { queueMailEach } from "./notify";
import { actionUrl, placeText } from "./place-text";
import { actionRecipients } from "./recipients";
import type { relocateInput } from "./run-schema";

/**
 * Rapid response: one step moves the action to a new place (new public point too) and tells
 * everyone taking part. The old venue is not kept anywhere but the organiser's memory.
 */
export async function relocateAction(user: CurrentUser, idOrSlug: string, input: z.output<typeof relocateInput>) {
  const db = await getDb();
  const done = await db.$transaction(async (tx) => {
    const ref = await lockAction(tx, user, idOrSlug, "action.relocate");
    const row = await tx.action.findUniqueOrThrow({
      where: { id: ref.id },
      select: { slug: true, title: true, status: true, mode: true, locationPrivacy: true, startsAt: true, endsAt: true, timeZone: true, onlineUrl: true },
    });
    if (row.status === "CANCELLED") throw new AppError("INVALID_TRANSITION", "A cancelled action cannot be moved");
    if (row.mode === "ONLINE") throw new AppError("UNPROCESSABLE", "An online action has no place to move");
    const locationPrivacy = input.locationPrivacy ?? row.locationPrivacy;
    const data = { venue: input.venue, address: input.address, lat: input.lat, lng: input.lng, locationPrivacy };
    await tx.action.update({ where: { id: ref.id }, data: { ...data, ...publicPoint(data) } });
    const recipients = row.status === "PUBLISHED" ? await actionRecipients(tx, ref.id) : [];
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.relocate",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      before: { locationPrivacy: row.locationPrivacy },
      after: { locationPrivacy, recipients: recipients.length },
      reason: input.message,
    });
    const moved = { ...row, ...data };
    const notified = await queueMailEach(tx, recipients, (locale) =>
      actionRelocatedMail({ locale, title: moved.title, url: actionUrl(locale, moved.slug), startsAt: moved.startsAt, endsAt: moved.endsAt, timeZone: moved.timeZone, place: placeText(moved), message: input.message }),
    );
    return { ref, row: moved, notified };
  });
  nudgeWorker();
  const { row } = done;
  return { id: done.ref.id, slug: row.slug, status: row.status, notified: done.notified };
}
