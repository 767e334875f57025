import { gate } from "@/lib/api/gate";
import { listAttendees } from "@/lib/attendees/queries";

export const dynamic = "force-dynamic";

/** Personal data: organisers of this action's chapter and admins only (403 for everyone else). */
export const GET = gate({ auth: "required" }, async ({ user, params }) => listAttendees(user, params.id));
