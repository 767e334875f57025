import { getDb } from "../db";
import { appUrl } from "../env";
import { isLocale } from "../i18n/locales";
import { sendMail } from "../mail/send";
import { withdrawableConfirmationMail } from "../mail/templates/withdrawable-confirmation";

export type CommitmentMailPayload = { commitmentId: string; token: string; locale?: string };

/** Thanks a guest who joined a boycott by email and gives them the withdraw link. */
export async function sendCommitmentMail(payload: CommitmentMailPayload): Promise<boolean> {
  const db = await getDb();
  const c = await db.boycottCommitment.findUnique({
    where: { id: payload.commitmentId },
    select: { email: true, action: { select: { id: true, slug: true, title: true } } },
  });
  if (!c?.email) return false;
  const locale = isLocale(payload.locale) ? payload.locale : "en";
  const base = appUrl();
  const mail = withdrawableConfirmationMail("commitment", {
    locale,
    title: c.action.title,
    actionUrl: `${base}/${locale}/actions/${c.action.slug}`,
    withdrawUrl: `${base}/${locale}/rsvps/cancel?commitment=${encodeURIComponent(c.action.id)}&token=${encodeURIComponent(payload.token)}`,
  });
  await sendMail({ to: c.email, ...mail });
  return true;
}
