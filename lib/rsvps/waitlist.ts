import type { Tx } from "./action-lock";

/** 1 + the number of WAITLISTED RSVPs that arrived earlier: positions are 1..N with no gaps. */
export async function waitlistPosition(tx: Pick<Tx, "rsvp">, actionId: string, arrival: number): Promise<number> {
  const ahead = await tx.rsvp.count({ where: { actionId, status: "WAITLISTED", arrival: { lt: arrival } } });
  return ahead + 1;
}

/**
 * Fills free seats from the waitlist in arrival order, skipping parties too big for what is
 * left (a smaller party behind them may still fit). Call with the action row locked; afterwards
 * no waitlisted party fits the free seats — the invariant new RSVPs rely on.
 * Returns the promoted RSVP ids.
 */
export async function promoteWaitlisted(tx: Tx, action: { id: string; capacity: number | null }): Promise<string[]> {
  const [fresh] = await tx.$queryRaw<{ goingCount: number }[]>`SELECT "goingCount" FROM "Action" WHERE "id" = ${action.id}`;
  let free = action.capacity === null ? Number.POSITIVE_INFINITY : action.capacity - (fresh?.goingCount ?? 0);
  if (free <= 0) return [];
  const waiting = await tx.rsvp.findMany({
    where: { actionId: action.id, status: "WAITLISTED" },
    orderBy: { arrival: "asc" },
    select: { id: true, guests: true },
  });
  const promoted: string[] = [];
  let seats = 0;
  for (const w of waiting) {
    if (free <= 0) break;
    const need = 1 + w.guests;
    if (need > free) continue;
    promoted.push(w.id);
    free -= need;
    seats += need;
  }
  if (promoted.length === 0) return [];
  await tx.rsvp.updateMany({ where: { id: { in: promoted } }, data: { status: "GOING" } });
  await tx.$executeRaw`
    UPDATE "Action" SET "goingCount" = "goingCount" + ${seats}, "waitlistCount" = "waitlistCount" - ${promoted.length}
    WHERE "id" = ${action.id}`;
  return promoted;
}
