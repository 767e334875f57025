import { gate } from "@/lib/api/gate";
import { resolveReport } from "@/lib/reports/resolve-report";
import { resolveReportBody } from "@/lib/reports/schema";

export const PATCH = gate<typeof resolveReportBody, undefined, { id: string }>(
  { auth: "admin", body: resolveReportBody },
  ({ user, params, body }) => resolveReport(user, params.id, body),
);
