import { z } from "zod";
import type { OperationSpec } from "../openapi/operation";
import { moderationResult, rejectBody, requestChangesBody } from "../moderation/schema";
import { createReportBody, createReportResponse, resolveReportBody, resolveReportResponse } from "../reports/schema";
import { auditQuery, auditResponse } from "./audit-schema";
import { adminChapter, createChapterBody, updateChapterBody } from "./chapter-schema";
import { adminStatement, createStatementBody, updateStatementBody } from "./statement-schema";
import { adminUser, updateUserBody, userSearchQuery, userSearchResponse } from "./user-schema";

const ADMIN_ERRORS = [400, 401, 403, 404, 409, 429];
const admin = (op: Omit<OperationSpec, "auth" | "tags">): OperationSpec => ({ auth: "admin", tags: ["admin"], errors: ADMIN_ERRORS, ...op });

/** Moderation and administration; every route needs an admin session and is audit-logged when it writes. */
export const adminOperations: OperationSpec[] = [
  admin({ method: "post", path: "/api/admin/actions/{id}/approve", summary: "Approve a pending action (PENDING_REVIEW → PUBLISHED)", response: moderationResult, errors: [...ADMIN_ERRORS, 422] }),
  admin({ method: "post", path: "/api/admin/actions/{id}/reject", summary: "Reject a pending action with a reason mailed to the organiser", body: rejectBody, response: moderationResult }),
  admin({ method: "post", path: "/api/admin/actions/{id}/request-changes", summary: "Send a pending action back to draft with a note", body: requestChangesBody, response: moderationResult }),
  {
    method: "post",
    path: "/api/reports",
    summary: "Report a published action (no account needed; the reporter is not recorded). `website` must stay empty.",
    tags: ["reports"],
    auth: "none",
    body: createReportBody,
    response: createReportResponse,
    successStatus: 201,
    errors: [400, 404, 429],
  },
  admin({ method: "patch", path: "/api/admin/reports/{id}", summary: "Resolve a report: hide the action (to review or rejected) or dismiss", body: resolveReportBody, response: resolveReportResponse }),
  admin({ method: "get", path: "/api/admin/users", summary: "Search users by email or name", query: userSearchQuery, response: userSearchResponse }),
  admin({ method: "patch", path: "/api/admin/users/{id}", summary: "Change global role, suspend or unsuspend, make or unmake chapter organiser or translator of a language", body: updateUserBody, response: adminUser }),
  admin({ method: "get", path: "/api/admin/chapters", summary: "All chapters with their trust level", response: z.object({ items: z.array(adminChapter) }) }),
  admin({ method: "post", path: "/api/admin/chapters", summary: "Create a chapter", body: createChapterBody, response: adminChapter, successStatus: 201 }),
  admin({ method: "patch", path: "/api/admin/chapters/{id}", summary: "Edit a chapter or set its trust (NEW, VERIFIED, TRUSTED)", body: updateChapterBody, response: adminChapter }),
  admin({ method: "get", path: "/api/admin/statements", summary: "All statements, drafts included, with translations", response: z.object({ items: z.array(adminStatement) }) }),
  admin({ method: "post", path: "/api/admin/statements", summary: "Create a statement (as a draft) with its translations", body: createStatementBody, response: adminStatement, successStatus: 201 }),
  admin({ method: "patch", path: "/api/admin/statements/{id}", summary: "Edit, publish or unpublish a statement; upsert translations; record endorsements", body: updateStatementBody, response: adminStatement, errors: [...ADMIN_ERRORS, 422] }),
  admin({ method: "get", path: "/api/admin/audit", summary: "Audit log, newest first, cursor-paginated; filter by actor, chapter, verb and date", query: auditQuery, response: auditResponse }),
];
