import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { magicLinkHtmlForm } from "@/lib/auth/html-forms";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { magicLinkBody } from "@/lib/auth/schemas";

/** Always the same answer, whether or not the address has an account. Works as a plain form too. */
export const POST = acceptHtmlForm(
  magicLinkHtmlForm,
  gate({ auth: "none", body: magicLinkBody }, async ({ body, ip }) => {
    await requestMagicLink(body, ip);
    return { ok: true, message: "If this address can receive mail, a sign-in link is on its way." };
  }),
);
