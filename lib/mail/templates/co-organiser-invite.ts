import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type InviteMailInput = { locale: Locale; chapter: string; inviter: string; url: string; days: number };

/** A sign-in link that also lands the new co-organiser in the organiser workspace. */
export function coOrganiserInviteMail({ locale, chapter, inviter, url, days }: InviteMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("organise.mail.invite.subject", { chapter }),
    text: [
      t("organise.mail.greeting"),
      "",
      t("organise.mail.invite.body", { chapter, inviter }),
      "",
      url,
      "",
      t("organise.mail.invite.expires", { count: days }),
      t("organise.mail.invite.ignore"),
      "",
      t("organise.mail.signature"),
    ].join("\n"),
  };
}
