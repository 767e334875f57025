import { getDb } from "../db";
import { hashToken } from "./tokens";

export type CancelTarget = { kind: "rsvp" | "commitment" | "pledge"; id: string; actionId: string; title: string; slug: string; cancelled: boolean };

/**
 * What a cancel link points at, for the landing page. Only the holder of the code learns the
 * action's title; nothing personal is returned. Null when the link is wrong or used up.
 */
export async function findCancelTarget(query: { rsvp?: string; commitment?: string; pledge?: string; token?: string }): Promise<CancelTarget | null> {
  if (!query.token || query.token.length < 20 || query.token.length > 200) return null;
  const db = await getDb();
  const hash = hashToken(query.token);
  if (query.rsvp) {
    const r = await db.rsvp.findFirst({
      where: { id: query.rsvp, cancelTokenHash: hash },
      select: { id: true, status: true, action: { select: { id: true, title: true, slug: true } } },
    });
    return r ? { kind: "rsvp", id: r.id, actionId: r.action.id, title: r.action.title, slug: r.action.slug, cancelled: r.status === "CANCELLED" } : null;
  }
  if (query.commitment) {
    const c = await db.boycottCommitment.findFirst({
      where: { actionId: query.commitment, cancelTokenHash: hash },
      select: { id: true, action: { select: { id: true, title: true, slug: true } } },
    });
    return c ? { kind: "commitment", id: c.id, actionId: c.action.id, title: c.action.title, slug: c.action.slug, cancelled: false } : null;
  }
  if (query.pledge) {
    const p = await db.pledge.findFirst({
      where: { id: query.pledge, cancelTokenHash: hash },
      select: { id: true, action: { select: { id: true, title: true, slug: true } } },
    });
    return p ? { kind: "pledge", id: p.id, actionId: p.action.id, title: p.action.title, slug: p.action.slug, cancelled: false } : null;
  }
  return null;
}
