import { gate } from "@/lib/api/gate";
import { duplicateAction } from "@/lib/organise/duplicate-action";
import { created } from "@/lib/organise/respond";

export const dynamic = "force-dynamic";

export const POST = gate<undefined, undefined, { id: string }>({ auth: "required" }, async ({ user, params }) => created(await duplicateAction(user!, params.id)));
