import { gate } from "@/lib/api/gate";
import { markPledgeReceived } from "@/lib/organise/mark-pledge";
import { pledgeReceivedInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const PATCH = gate<typeof pledgeReceivedInput, undefined, { id: string; pledgeId: string }>(
  { auth: "required", body: pledgeReceivedInput },
  async ({ user, body, params }) => markPledgeReceived(user!, params.id, params.pledgeId, body.received),
);
