import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import { nudgeWorker } from "../jobs/nudge";
import { enqueue } from "../jobs/queue";
import { assertAccepting, publicActionWhere } from "../rsvps/action-lock";
import { participationCounts } from "../rsvps/counts";
import { hashToken, newCancelToken } from "../rsvps/tokens";
import type { CreatePledgeBody } from "./schema";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Some fields are invalid", { [field]: [message] });

/**
 * Records a pledge to a donation drive. The display name is what organisers see; anonymous
 * pledges keep none. A guest's optional email is visible to the organisers only.
 */
export async function createPledge(user: CurrentUser | null, ref: string, body: CreatePledgeBody, now = new Date()) {
  const db = await getDb();
  const a = await db.action.findFirst({
    where: publicActionWhere(ref),
    select: { id: true, kind: true, status: true, endsAt: true, currency: true, goingCount: true, waitlistCount: true, capacity: true },
  });
  if (!a) throw notFoundError("Action not found");
  if (a.kind !== "DONATION_DRIVE") throw new AppError("CONFLICT", "Only donation drives take pledges");
  assertAccepting(a, now);
  // Anonymous means anonymous to organisers too: no email is kept for such a pledge.
  const email = user || body.anonymous ? null : (body.email ?? null);

  if (body.amountMinor !== undefined) {
    if (!a.currency) throw invalid("amountMinor", "This drive collects items only");
    if (body.currency && body.currency !== a.currency) throw invalid("currency", `This drive collects ${a.currency}`);
  } else {
    const need = await db.actionNeed.findFirst({ where: { id: body.needId, actionId: a.id }, select: { id: true } });
    if (!need) throw invalid("needId", "Not an item of this drive");
  }
  const displayName = body.anonymous ? null : (body.displayName ?? user?.name ?? null);
  if (!body.anonymous && !displayName) throw invalid("displayName", "Enter a name or pledge anonymously");

  // Guests have no account to withdraw with: they get a code (and, with an address, a mail with it).
  const token = user ? null : newCancelToken();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.pledge.create({
      data: {
        actionId: a.id,
        userId: user?.id ?? null,
        displayName,
        anonymous: body.anonymous,
        email,
        cancelTokenHash: token ? hashToken(token) : null,
        ...(body.amountMinor !== undefined
          ? { amountMinor: body.amountMinor, currency: a.currency }
          : { needId: body.needId, quantity: body.quantity }),
      },
      select: { id: true },
    });
    if (email && token) await enqueue(tx, "mail.pledge", { pledgeId: row.id, token, locale: body.locale ?? "en" });
    return row;
  });
  if (email) nudgeWorker();
  const counts = await participationCounts(db, a);
  return { id: created.id, pledgedMinor: counts.pledgedMinor, needs: counts.needs, ...(token ? { cancelToken: token } : {}) };
}
