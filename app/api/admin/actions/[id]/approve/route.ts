import { gate } from "@/lib/api/gate";
import { approveAction } from "@/lib/moderation/review-action";

export const POST = gate<undefined, undefined, { id: string }>({ auth: "admin" }, ({ user, params }) => approveAction(user, params.id));
