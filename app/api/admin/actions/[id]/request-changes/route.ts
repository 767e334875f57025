import { gate } from "@/lib/api/gate";
import { requestChanges } from "@/lib/moderation/review-action";
import { requestChangesBody } from "@/lib/moderation/schema";

export const POST = gate<typeof requestChangesBody, undefined, { id: string }>(
  { auth: "admin", body: requestChangesBody },
  ({ user, params, body }) => requestChanges(user, params.id, body),
);
