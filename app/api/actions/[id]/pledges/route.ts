import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { pledgeHtmlForm } from "@/lib/pledges/html-form";
import { createPledge } from "@/lib/pledges/mutations";
import { createPledgeBody } from "@/lib/pledges/schema";
import { createdOrExisting } from "@/lib/rsvps/respond";

export const dynamic = "force-dynamic";

/** Pledge money (the drive's currency) or items from its needs list; no payment happens here. The page's no-JavaScript form posts here too. */
export const POST = acceptHtmlForm(
  pledgeHtmlForm,
  gate({ auth: "optional", body: createPledgeBody, rateLimits: [{ name: "PLEDGE", by: "ip" }, { name: "PLEDGE", by: "email" }], rateLimitsInWrite: true },
    async ({ user, body, params, rateLimits }) => createdOrExisting(await createPledge(user, params.id, body, rateLimits), true),
  ),
);
