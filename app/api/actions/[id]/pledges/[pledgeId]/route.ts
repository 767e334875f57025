import { gate } from "@/lib/api/gate";
import { markPledgeReceived } from "@/lib/organise/mark-pledge";
import { pledgeReceivedInput } from "@/lib/organise/run-schema";
import { withdrawPledgeQuery } from "@/lib/pledges/schema";
import { withdrawPledge } from "@/lib/pledges/withdraw-pledge";

export const dynamic = "force-dynamic";

type Params = { id: string; pledgeId: string };

/** Organisers mark a pledge received (or not) when it is handed over offline. */
export const PATCH = gate<typeof pledgeReceivedInput, undefined, Params>(
  { auth: "required", body: pledgeReceivedInput },
  async ({ user, body, params }) => markPledgeReceived(user!, params.id, params.pledgeId, body.received),
);

/** Withdraw: ?token= (guests, from the confirmation mail or their browser) or the signed-in person who pledged. */
export const DELETE = gate<undefined, typeof withdrawPledgeQuery, Params>(
  { auth: "optional", query: withdrawPledgeQuery },
  async ({ user, query, params }) => withdrawPledge(user, params.id, params.pledgeId, query),
);
