import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import { nudgeWorker } from "../jobs/nudge";
import { assertWithinLimits, takeRateLimits, type PendingRateLimits } from "../rate-limit/bucket-sql";
import { assertAccepting } from "../rsvps/action-lock";
import { hashToken, newCancelToken } from "../rsvps/tokens";
import { pledgeInOneStatement, type PledgeStatementRow } from "./pledge-statement";
import type { CreatePledgeBody } from "./schema";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Some fields are invalid", { [field]: [message] });

/**
 * Records a pledge to a donation drive, in one SQL statement (pledge-statement.ts) that also
 * counts the request's rate-limit buckets. The display name is what organisers see; anonymous
 * pledges keep none. A guest's optional email is visible to the organisers only.
 */
export async function createPledge(user: CurrentUser | null, ref: string, body: CreatePledgeBody, rateLimits?: PendingRateLimits, now = new Date()) {
  const db = await getDb();
  // Anonymous means anonymous to organisers too: no email is kept for such a pledge.
  const email = user || body.anonymous ? null : (body.email ?? null);
  const displayName = body.anonymous ? null : (body.displayName ?? user?.name ?? null);
  // Guests have no account to withdraw with: they get a code (and, with an address, a mail with it).
  const token = user ? null : newCancelToken();
  const money = body.amountMinor !== undefined;
  const row = await pledgeInOneStatement(db, {
    ref, userId: user?.id ?? null, displayName, anonymous: body.anonymous, email,
    cancelTokenHash: token ? hashToken(token) : null,
    amountMinor: body.amountMinor ?? null, currency: body.currency ?? null,
    needId: money ? null : (body.needId ?? null), quantity: money ? null : (body.quantity ?? null),
    bodyOk: body.anonymous || !!displayName,
    mail: email && token ? { token, locale: body.locale ?? "en" } : null,
    now, rateLimits: takeRateLimits(rateLimits),
  });
  if (!row.id) throw refusal(row, body, money, now);
  if (email) nudgeWorker();
  return { id: row.id, pledgedMinor: row.pledgedMinor, needs: row.needs, ...(token ? { cancelToken: token } : {}) };
}

/** Why nothing was inserted, checked in the order a person should hear it. */
function refusal(row: PledgeStatementRow, body: CreatePledgeBody, money: boolean, now: Date): AppError {
  assertWithinLimits(row);
  if (!row.actionId || !row.kind || !row.status || !row.endsAt) return notFoundError("Action not found");
  if (row.kind !== "DONATION_DRIVE") return new AppError("CONFLICT", "Only donation drives take pledges");
  try {
    assertAccepting({ status: row.status, endsAt: new Date(row.endsAt) }, now);
  } catch (e) {
    return e as AppError;
  }
  if (money && !row.actionCurrency) return invalid("amountMinor", "common.fieldErrors.itemsOnly");
  if (money && body.currency && body.currency !== row.actionCurrency) return invalid("currency", "common.fieldErrors.wrongCurrency");
  if (!money && !row.needFound) return invalid("needId", "common.fieldErrors.notAnItem");
  if (!body.anonymous) return invalid("displayName", "common.fieldErrors.nameRequired");
  return new AppError("CONFLICT", "Please try again");
}
