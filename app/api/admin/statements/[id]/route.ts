import { gate } from "@/lib/api/gate";
import { updateStatement } from "@/lib/admin/statement-mutations";
import { updateStatementBody } from "@/lib/admin/statement-schema";

export const PATCH = gate<typeof updateStatementBody, undefined, { id: string }>(
  { auth: "admin", body: updateStatementBody, maxBodyBytes: 1024 * 1024 },
  ({ user, params, body }) => updateStatement(user, params.id, body),
);
