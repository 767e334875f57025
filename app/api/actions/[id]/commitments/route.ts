import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { commitmentHtmlForm } from "@/lib/commitments/html-form";
import { createCommitment, withdrawCommitment } from "@/lib/commitments/mutations";
import { createCommitmentBody, withdrawQuery } from "@/lib/commitments/schema";
import { createdOrExisting } from "@/lib/rsvps/respond";

export const dynamic = "force-dynamic";

/** "I'm boycotting": signed in, with an email, or headcount only. The page's no-JavaScript form posts here too. */
export const POST = acceptHtmlForm(
  commitmentHtmlForm,
  gate(
    { auth: "optional", body: createCommitmentBody, rateLimits: [{ name: "COMMITMENT", by: "ip" }, { name: "COMMITMENT", by: "email" }], rateLimitsInWrite: true },
    async ({ user, body, params, rateLimits }) => {
      const { created, ...result } = await createCommitment(user, params.id, body, rateLimits);
      return createdOrExisting(result, created);
    },
  ),
);

/** Withdraw: ?token= (guest/headcount), the signed-in owner, or ?commitmentId= for organisers and admins. */
export const DELETE = gate({ auth: "optional", query: withdrawQuery }, async ({ user, query, params }) => withdrawCommitment(user, params.id, query));
