import { gate } from "@/lib/api/gate";
import { cancelAction } from "@/lib/organise/cancel-action";
import { cancelInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof cancelInput, undefined, { id: string }>({ auth: "required", body: cancelInput }, async ({ user, body, params }) =>
  cancelAction(user!, params.id, body.message),
);
