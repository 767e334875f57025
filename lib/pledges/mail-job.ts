import { getDb } from "../db";
import { appUrl } from "../env";
import { isLocale } from "../i18n/locales";
import { sendMail } from "../mail/send";
import { withdrawableConfirmationMail } from "../mail/templates/withdrawable-confirmation";

export type PledgeMailPayload = { pledgeId: string; token: string; locale?: string };

/** Thanks a guest who pledged with their email and gives them the link to withdraw the pledge. */
export async function sendPledgeMail(payload: PledgeMailPayload): Promise<boolean> {
  const db = await getDb();
  const p = await db.pledge.findUnique({
    where: { id: payload.pledgeId },
    select: { email: true, action: { select: { id: true, slug: true, title: true } } },
  });
  // Withdrawn (or erased) before the mail went out: nothing to confirm.
  if (!p?.email) return false;
  const locale = isLocale(payload.locale) ? payload.locale : "en";
  const base = appUrl();
  const mail = withdrawableConfirmationMail("pledge", {
    locale,
    title: p.action.title,
    actionUrl: `${base}/${locale}/actions/${p.action.slug}`,
    withdrawUrl: `${base}/${locale}/rsvps/cancel?pledge=${encodeURIComponent(payload.pledgeId)}&token=${encodeURIComponent(payload.token)}`,
  });
  await sendMail({ to: p.email, ...mail });
  return true;
}
