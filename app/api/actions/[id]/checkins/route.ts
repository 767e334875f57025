import { gate } from "@/lib/api/gate";
import { checkIn } from "@/lib/organise/check-in";
import { checkinInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof checkinInput, undefined, { id: string }>({ auth: "required", body: checkinInput }, async ({ user, body, params }) =>
  checkIn(user!, params.id, body.rsvpId, body.checkedIn),
);
