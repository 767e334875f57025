import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import { changeActionStatus } from "../moderation/change-status";
import { nudgeWorker } from "../jobs/nudge";
import { queueModerationNotice } from "../moderation/notify-organisers";
import type { ActionStatus } from "../actions/state-machine";
import type { ResolveReportBody, ResolveReportResponse } from "./schema";

/**
 * Dismiss a report, or hide the reported action (back to review, or rejected with a reason).
 * Hiding resolves every other open report on the same action too: they are about the same thing.
 */
export async function resolveReport(actor: CurrentUser | null, reportId: string, body: ResolveReportBody): Promise<ResolveReportResponse> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: reportId },
      select: { id: true, status: true, actionId: true, action: { select: { status: true, chapterId: true } } },
    });
    if (!report) throw notFoundError("Report not found");
    if (report.status !== "OPEN") throw new AppError("CONFLICT", "This report has already been handled");
    const now = new Date();
    let actionStatus: ActionStatus = report.action.status;
    if (body.resolution === "hide") {
      const rejected = body.to === "REJECTED";
      const moved = await changeActionStatus(tx, {
        actorId: actor.id,
        actionId: report.actionId,
        name: "hide",
        to: body.to,
        verb: "action.hide",
        reason: rejected ? (body.reason ?? null) : (body.note ?? null),
        data: rejected ? { rejectionReason: body.reason ?? null } : { reviewNote: body.note || null },
      });
      actionStatus = moved.to;
    }
    const status = body.resolution === "hide" ? "RESOLVED" : "DISMISSED";
    const resolution = body.resolution === "hide" ? `hidden:${body.to}` : "dismissed";
    const ids = body.resolution === "hide"
      ? (await tx.report.findMany({ where: { actionId: report.actionId, status: "OPEN" }, select: { id: true } })).map((r) => r.id)
      : [report.id];
    await tx.report.updateMany({ where: { id: { in: ids }, status: "OPEN" }, data: { status, resolution, resolvedById: actor.id, resolvedAt: now } });
    for (const id of ids) {
      await recordAudit(tx, {
        actorId: actor.id,
        verb: body.resolution === "hide" ? "report.resolve" : "report.dismiss",
        targetType: "Report",
        targetId: id,
        chapterId: report.action.chapterId,
        before: { status: "OPEN" },
        after: { status, resolution, actionId: report.actionId },
        reason: (body.resolution === "hide" && body.to === "REJECTED" ? body.reason : body.note) ?? null,
      });
    }
    if (body.resolution === "hide" && body.to === "REJECTED") await queueModerationNotice(tx, report.actionId, "rejected", body.reason ?? "");
    return { id: report.id, status, actionStatus } as const;
  });
  nudgeWorker();
  return { id: result.id, status: result.status, actionStatus: result.actionStatus };
}
