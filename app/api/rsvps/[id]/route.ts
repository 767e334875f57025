import { gate } from "@/lib/api/gate";
import { cancelRsvp } from "@/lib/rsvps/mutations";
import { cancelQuery } from "@/lib/rsvps/schema";

export const dynamic = "force-dynamic";

/** Cancel: the owner, an organiser of the action's chapter, an admin, or ?token= (the cancel code). */
export const DELETE = gate({ auth: "optional", query: cancelQuery }, async ({ user, query, params }) => cancelRsvp(user, params.id, query.token));
