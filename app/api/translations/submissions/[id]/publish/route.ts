import { gate } from "@/lib/api/gate";
import { publishSubmission } from "@/lib/translations/decide-submission";

export const dynamic = "force-dynamic";

export const POST = gate<undefined, undefined, { id: string }>({ auth: "required" }, ({ user, params }) => publishSubmission(user!, params.id));
