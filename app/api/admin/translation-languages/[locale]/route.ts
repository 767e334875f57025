import { gate } from "@/lib/api/gate";
import { notFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { setLanguageSettings } from "@/lib/translations/decide-submission";
import { languageSettingsBody } from "@/lib/translations/schema";

export const dynamic = "force-dynamic";

/** Whether a second translator of this language may publish translations instead of an admin. */
export const PUT = gate<typeof languageSettingsBody, undefined, { locale: string }>({ auth: "admin", body: languageSettingsBody }, ({ user, params, body }) => {
  if (!isLocale(params.locale)) throw notFoundError("No such language");
  return setLanguageSettings(user!, params.locale, body.peerReview);
});
