import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import type { CreateReportBody } from "./schema";

/**
 * Anyone may report a public action. Nothing identifying the reporter is stored (the table has
 * no column for it), so an organiser can never learn who reported them, not even from an admin.
 */
export async function createReport(body: CreateReportBody): Promise<{ ok: true }> {
  if (body.website) throw new AppError("BAD_REQUEST", "The report could not be accepted");
  const db = await getDb();
  const action = await db.action.findFirst({
    where: { OR: [{ id: body.actionId }, { slug: body.actionId }], status: "PUBLISHED" },
    select: { id: true },
  });
  if (!action) throw notFoundError("Action not found");
  await db.report.create({ data: { actionId: action.id, reason: body.reason, details: body.details } });
  return { ok: true };
}
