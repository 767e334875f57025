import { gate } from "@/lib/api/gate";
import { endOtherSessions, listSessions } from "@/lib/auth/sessions";

export const GET = gate({ auth: "required" }, async ({ user }) => ({ sessions: await listSessions(user!.id, user!.sessionId) }));

/** Ends every session of this user except the one making the request. */
export const DELETE = gate({ auth: "required" }, async ({ user }) => endOtherSessions(user!.id, user!.sessionId));
