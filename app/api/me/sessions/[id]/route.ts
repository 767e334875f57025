import { gate } from "@/lib/api/gate";
import { endSession } from "@/lib/auth/sessions";

export const DELETE = gate<undefined, undefined, { id: string }>({ auth: "required" }, async ({ user, params }) =>
  endSession(user!.id, params.id),
);
