import { formatDateRange } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type ActionMailInput = {
  locale: Locale;
  title: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** Venue and address, only when the location is public; otherwise the page says when it is revealed. */
  place: string | null;
};

export function whenAndWhere(t: ReturnType<typeof createTranslator>, input: ActionMailInput): string[] {
  return [
    `${t("organise.mail.whenLabel")} ${formatDateRange(input.startsAt, input.endsAt, input.locale, input.timeZone)}`,
    `${t("organise.mail.whereLabel")} ${input.place ?? t("organise.mail.placeOnPage")}`,
  ];
}

/** Sent to everyone taking part when the time or place of a published action changes. */
export function actionChangedMail(input: ActionMailInput) {
  const t = createTranslator(input.locale);
  return {
    subject: t("organise.mail.changed.subject", { title: input.title }),
    text: [t("organise.mail.greeting"), "", t("organise.mail.changed.body", { title: input.title }), "", ...whenAndWhere(t, input), "", input.url, "", t("organise.mail.signature")].join("\n"),
  };
}
