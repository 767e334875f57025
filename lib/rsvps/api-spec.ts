import { z } from "zod";
import { attendeesResponse } from "../attendees/schema";
import { commitmentCreated, commitmentWithdrawn, createCommitmentBody, withdrawQuery } from "../commitments/schema";
import type { OperationSpec } from "../openapi/operation";
import { createPledgeBody, pledgeCreated, pledgeWithdrawn, withdrawPledgeQuery } from "../pledges/schema";
import { withHoneypot } from "../abuse/honeypot";
import { pledgeFormFields } from "../pledges/html-form";
import { withdrawalFormFields } from "./withdrawal-form";
import { cancelQuery, createRsvpBody, myRsvpsResponse, rsvpCancelled, rsvpCreated, viewerState } from "./schema";

const tags = ["participation"];
const back = z.object({ back: z.string().describe("A page path such as /en/actions/{slug}") });

/** RSVPs, pledges, boycott commitments, the viewer's own state and the organisers' attendee list. */
export const participationOperations: OperationSpec[] = [
  {
    method: "post", path: "/api/actions/{id}/rsvps", tags, auth: "optional", body: withHoneypot(createRsvpBody), response: rsvpCreated, successStatus: 201,
    formBody: withHoneypot(createRsvpBody).and(back),
    summary: "RSVP (signed in; guest with name + email; or headcount with no fields). 200 with the existing RSVP when repeated. Full → WAITLISTED with position. An HTML form (the same fields plus `back`) gets a 303 to that page with ?rsvp=STATUS or ?rsvpError=CODE instead: the no-JavaScript path.",
    errors: [400, 404, 409, 415, 429],
  },
  {
    method: "post", path: "/api/withdrawals", tags, auth: "optional", formBody: withdrawalFormFields, successStatus: 303,
    summary: "HTML forms only (the no-JavaScript undo, since forms cannot DELETE): cancels an RSVP or withdraws a commitment or pledge exactly as its DELETE endpoint would, then 303 to `back` with ?withdrawn=KIND or ?KINDError=CODE (rsvpError, commitmentError, pledgeError)",
    errors: [400, 415],
  },
  {
    method: "delete", path: "/api/rsvps/{id}", tags, auth: "optional", query: cancelQuery, response: rsvpCancelled,
    summary: "Cancel an RSVP: its owner, an organiser of the chapter, an admin, or with ?token= (cancel code). Promotes the waitlist.",
    errors: [401, 403, 404, 429],
  },
  { method: "get", path: "/api/me/rsvps", tags, auth: "required", response: myRsvpsResponse, summary: "The signed-in user's live RSVPs", errors: [401] },
  {
    method: "get", path: "/api/actions/{id}/me", tags, auth: "optional", response: viewerState,
    summary: "The viewer's own RSVP/commitment (session, or cancel codes in X-Rsvp-Token / X-Commitment-Token headers), fresh counts, and the revealed place when allowed",
    errors: [404],
  },
  {
    method: "post", path: "/api/actions/{id}/pledges", tags, auth: "optional", body: createPledgeBody, response: pledgeCreated, successStatus: 201,
    formBody: pledgeFormFields,
    summary: "Pledge money (amountMinor in the drive's currency) or items (needId + quantity), with a display name or anonymously. HTML forms: 303 to `back` with ?pledge=1 or ?pledgeError=CODE",
    errors: [400, 404, 409, 415, 429],
  },
  {
    method: "delete", path: "/api/actions/{id}/pledges/{pledgeId}", tags, auth: "optional", query: withdrawPledgeQuery, response: pledgeWithdrawn,
    summary: "Withdraw a pledge: ?token= (guests; the code comes with the pledge and in its confirmation mail) or the signed-in person who made it. 409 once received.",
    errors: [400, 401, 404, 409],
  },
  {
    method: "post", path: "/api/actions/{id}/commitments", tags, auth: "optional", body: createCommitmentBody, response: commitmentCreated, successStatus: 201,
    formBody: createCommitmentBody.and(back),
    summary: "\"I'm boycotting\" (signed in, with an email, or headcount only). 200 with the existing commitment when repeated. HTML forms: 303 to `back` with ?commitment=1 or ?commitmentError=CODE",
    errors: [400, 404, 409, 415, 429],
  },
  {
    method: "delete", path: "/api/actions/{id}/commitments", tags, auth: "optional", query: withdrawQuery, response: commitmentWithdrawn,
    summary: "Withdraw: ?token=, the signed-in owner, or ?commitmentId= for organisers of the chapter and admins",
    errors: [401, 403, 404],
  },
  {
    method: "get", path: "/api/actions/{id}/attendees", tags, auth: "required", response: attendeesResponse,
    summary: "Attendees, pledges and commitments with personal data: organisers of this action's chapter and admins only",
    errors: [401, 403, 404],
  },
];

