import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { enqueueMany } from "../jobs/queue";
import type { Mail } from "../mail/send";
import type { Recipient } from "./recipients";

type Tx = Pick<Prisma.TransactionClient, "job" | "$queryRaw" | "$executeRaw">;

/**
 * One message per person, in their language: nobody sees anyone else's address. Queued in the
 * transaction of the change itself, so a cancellation or a "compromised" warning exists exactly
 * when the change does and survives a crash right after the commit; the job worker sends each
 * one with retries and drops the address once it is sent. Callers nudge the worker after commit.
 */
export async function queueMailEach(tx: Tx, recipients: Recipient[], build: (locale: Locale) => Omit<Mail, "to">): Promise<number> {
  const rendered = new Map<Locale, Omit<Mail, "to">>();
  const mails = recipients.map((r) => {
    if (!rendered.has(r.locale)) rendered.set(r.locale, build(r.locale));
    return { ...rendered.get(r.locale), to: r.email };
  });
  return enqueueMany(tx, "mail.notify", mails);
}
