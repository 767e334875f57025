import { gate } from "@/lib/api/gate";
import { relocateAction } from "@/lib/organise/relocate-action";
import { relocateInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof relocateInput, undefined, { id: string }>({ auth: "required", body: relocateInput }, async ({ user, body, params }) =>
  relocateAction(user!, params.id, body),
);
