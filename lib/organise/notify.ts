import type { Locale } from "../i18n/locales";
import { sendMail, type Mail } from "../mail/send";
import type { Recipient } from "./recipients";

/**
 * One message per person, in their language: nobody sees anyone else's address. Runs after the
 * transaction has committed (a mail hiccup must not undo a cancellation); a failed address is
 * logged and counted, never retried in a loop that could spam the others.
 */
export async function mailEach(recipients: Recipient[], build: (locale: Locale) => Omit<Mail, "to">): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const cache = new Map<Locale, Omit<Mail, "to">>();
  for (const r of recipients) {
    let mail = cache.get(r.locale);
    if (!mail) {
      mail = build(r.locale);
      cache.set(r.locale, mail);
    }
    try {
      await sendMail({ ...mail, to: r.email });
      sent++;
    } catch (err) {
      failed++;
      console.error("[organise] a notification could not be sent", err instanceof Error ? err.message : err);
    }
  }
  return { sent, failed };
}
