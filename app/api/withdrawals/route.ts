import { DELETE as withdrawCommitment } from "@/app/api/actions/[id]/commitments/route";
import { DELETE as withdrawPledge } from "@/app/api/actions/[id]/pledges/[pledgeId]/route";
import { DELETE as cancelRsvp } from "@/app/api/rsvps/[id]/route";
import { answerForm, htmlFormsOnly, resend } from "@/lib/api/html-form";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";
import { cancelLinkParams, withdrawalTarget } from "@/lib/rsvps/withdrawal-form";

export const dynamic = "force-dynamic";

const HANDLERS = { rsvp: cancelRsvp, commitment: withdrawCommitment, pledge: withdrawPledge } as const;

/**
 * The no-JavaScript undo: HTML forms cannot send DELETE, so the cancel page and the action page
 * post here (kind, id/actionId, token when there is one, back). The call is handed to the very
 * DELETE handler the JSON API documents — same gate, same checks — and answered with a 303 back:
 * `?withdrawn=KIND`, or `?KINDError=CODE`.
 */
export const POST = htmlFormsOnly(async (req, fields) => {
  const target = withdrawalTarget(fields);
  if (!target) return errorResponse(new AppError("BAD_REQUEST", "Say what to withdraw: kind and id (and actionId for pledges and commitments)"));
  const handler = HANDLERS[target.kind] as (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const res = await handler(resend(req, { method: "DELETE", url: target.url }), { params: Promise.resolve(target.params as Record<string, string>) });
  return answerForm(res, fields.get("back"), target.kind, () => ({ withdrawn: target.kind }), cancelLinkParams(target));
});
