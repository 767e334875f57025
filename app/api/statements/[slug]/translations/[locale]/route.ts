import { gate } from "@/lib/api/gate";
import { notFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { created } from "@/lib/organise/respond";
import { submitTranslationBody } from "@/lib/translations/schema";
import { submitTranslation } from "@/lib/translations/submit-translation";

export const dynamic = "force-dynamic";

/** A translator hands in the statement's text in one language; an admin (or a reviewer) publishes it. */
export const POST = gate<typeof submitTranslationBody, undefined, { slug: string; locale: string }>(
  { auth: "required", body: submitTranslationBody, maxBodyBytes: 1024 * 1024 },
  async ({ user, params, body }) => {
    if (!isLocale(params.locale)) throw notFoundError("No such language");
    return created(await submitTranslation(user!, params.slug, params.locale, body));
  },
);
