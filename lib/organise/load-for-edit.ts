import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import type { ActionFields } from "./action-schema";
import { authoriseAction } from "./access";
import { formSelect, storedToFields } from "./stored-fields";

export type EditView = {
  id: string;
  slug: string;
  chapterId: string;
  status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";
  goingCount: number;
  fields: ActionFields;
};

/** The action as the edit form shows it (true location included: the organiser chose it). */
export async function loadActionForEdit(user: CurrentUser, idOrSlug: string): Promise<EditView> {
  const db = await getDb();
  const ref = await authoriseAction(db, user, idOrSlug, "action.update");
  const row = await db.action.findUniqueOrThrow({ where: { id: ref.id }, select: { ...formSelect, slug: true } });
  return { id: ref.id, slug: row.slug, chapterId: ref.chapterId, status: row.status, goingCount: row.goingCount, fields: storedToFields(row) };
}
