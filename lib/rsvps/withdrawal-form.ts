import { z } from "zod";
import { formText } from "../api/html-form";


/** The fields, for the API document (the route reads them with withdrawalTarget). */
export const withdrawalFormFields = z.object({
  kind: z.enum(["rsvp", "commitment", "pledge"]),
  id: z.string().optional().describe("The RSVP or pledge"),
  actionId: z.string().optional().describe("The action (commitments and pledges)"),
  token: z.string().optional().describe("The cancel code from the mail; without it, the signed-in owner's session decides"),
  back: z.string().describe("A page path such as /en/rsvps/cancel to come back to"),
});

/**
 * What a no-JavaScript withdrawal form asks for, as the JSON API's DELETE call it stands for:
 * which endpoint, its path parameters and its ?token=. Null when the form does not say.
 */
export function withdrawalTarget(fields: URLSearchParams) {
  const kind = fields.get("kind");
  const id = formText(fields, "id");
  const actionId = formText(fields, "actionId");
  const token = formText(fields, "token");
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  if (kind === "rsvp" && id) return { kind, params: { id }, url: `/api/rsvps/${encodeURIComponent(id)}${query}`, token } as const;
  if (kind === "commitment" && actionId) return { kind, params: { id: actionId }, url: `/api/actions/${encodeURIComponent(actionId)}/commitments${query}`, token } as const;
  if (kind === "pledge" && id && actionId) {
    return { kind, params: { id: actionId, pledgeId: id }, url: `/api/actions/${encodeURIComponent(actionId)}/pledges/${encodeURIComponent(id)}${query}`, token } as const;
  }
  return null;
}

/** The cancel page finds its link again from these (the mailed link's own parameters). */
export function cancelLinkParams(t: NonNullable<ReturnType<typeof withdrawalTarget>>): Record<string, string> {
  if (!t.token) return {};
  return { [t.kind]: t.kind === "pledge" ? t.params.pledgeId : t.params.id, token: t.token };
}
