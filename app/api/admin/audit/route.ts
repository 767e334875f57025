import { gate } from "@/lib/api/gate";
import { listAudit } from "@/lib/admin/audit-queries";
import { auditQuery } from "@/lib/admin/audit-schema";

export const GET = gate({ auth: "admin", query: auditQuery }, ({ query }) => listAudit(query));
