import { gate } from "@/lib/api/gate";
import { rejectAction } from "@/lib/moderation/review-action";
import { rejectBody } from "@/lib/moderation/schema";

export const POST = gate<typeof rejectBody, undefined, { id: string }>({ auth: "admin", body: rejectBody }, ({ user, params, body }) =>
  rejectAction(user, params.id, body),
);
