import type { CurrentUser } from "../auth/current-user";
import { isAdmin, organisedChapterIds } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { forbidden } from "../errors";
import { storeImage } from "../uploads/store";
import { authoriseAction } from "./access";

/** An image for a form not saved yet: only organisers (of any chapter) and admins may upload. */
export async function uploadActionImage(user: CurrentUser, bytes: Uint8Array) {
  const chapters = organisedChapterIds(user);
  if (!isAdmin(user) && chapters.length === 0) throw forbidden();
  const image = await storeImage(bytes);
  const db = await getDb();
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: user.id, verb: "upload.create", targetType: "Upload", targetId: image.name, after: { bytes: image.bytes, width: image.width, height: image.height } }),
  );
  return image;
}

/** Replaces (or, with null bytes, removes) the image of an existing action. */
export async function setActionImage(user: CurrentUser, idOrSlug: string, bytes: Uint8Array | null) {
  const db = await getDb();
  const ref = await authoriseAction(db, user, idOrSlug, "action.update");
  const image = bytes ? await storeImage(bytes) : null;
  await db.$transaction(async (tx) => {
    const before = await tx.action.findUniqueOrThrow({ where: { id: ref.id }, select: { imagePath: true } });
    await tx.action.update({ where: { id: ref.id }, data: { imagePath: image?.path ?? null } });
    await recordAudit(tx, { actorId: user.id, verb: "action.image", targetType: "Action", targetId: ref.id, chapterId: ref.chapterId, before: { imagePath: before.imagePath }, after: { imagePath: image?.path ?? null } });
  });
  return { imagePath: image?.path ?? null, width: image?.width ?? null, height: image?.height ?? null };
}
