import { gate } from "@/lib/api/gate";
import { submitAction } from "@/lib/organise/submit-action";

export const dynamic = "force-dynamic";

export const POST = gate<undefined, undefined, { id: string }>({ auth: "required" }, async ({ user, params }) => submitAction(user!, params.id));
