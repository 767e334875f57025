import { assertHuman, withHoneypot } from "@/lib/abuse/honeypot";
import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { rsvpHtmlForm } from "@/lib/rsvps/html-form";
import { createRsvp } from "@/lib/rsvps/mutations";
import { createdOrExisting } from "@/lib/rsvps/respond";
import { createRsvpBody } from "@/lib/rsvps/schema";

export const dynamic = "force-dynamic";

/**
 * RSVP: signed in, guest (name + email) or headcount only. 201 new, 200 when it already existed.
 * The action page's no-JavaScript form posts here too (303 back to the page).
 */
export const POST = acceptHtmlForm(
  rsvpHtmlForm,
  gate({ auth: "optional", body: withHoneypot(createRsvpBody), rateLimits: [{ name: "RSVP", by: "ip" }, { name: "RSVP", by: "email" }], rateLimitsInWrite: true },
  async ({ user, body, params, rateLimits }) => {
    assertHuman(body, user);
    const { created, ...result } = await createRsvp(user, params.id, body, rateLimits);
    return createdOrExisting(result, created);
  }),
);
