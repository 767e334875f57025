import { gate } from "@/lib/api/gate";
import { messageAttendees } from "@/lib/organise/message-attendees";
import { messageInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof messageInput, undefined, { id: string }>({ auth: "required", body: messageInput }, async ({ user, body, params }) =>
  messageAttendees(user!, params.id, body),
);
