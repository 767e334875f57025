import { describe, expect, it } from "vitest";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { DELETE as rsvpDelete } from "@/app/api/rsvps/[id]/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, raiseRateLimits, isolateOutbox } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

const CAPACITY = 50;
const REQUESTS = 200;
// PostgreSQL: the full 10 rounds (~2 s each). The embedded database runs every query on one
// connection, one after another, so a round takes several times longer there: 2 rounds suffice
// to prove the same code path holds (the lock and CHECK are the same SQL).
const KIND = process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
const ROUNDS = KIND === "postgres" ? 10 : 2;

type Row = { id: string; status: string; guests: number; arrival: number };

/** What one-at-a-time processing in arrival order must give: the reference for the concurrent run. */
function serialDecisions(rows: Row[]): Map<string, string> {
  let seats = 0;
  const out = new Map<string, string>();
  for (const r of [...rows].sort((a, b) => a.arrival - b.arrival)) {
    const need = 1 + r.guests;
    if (seats + need <= CAPACITY) {
      seats += need;
      out.set(r.id, "GOING");
    } else out.set(r.id, "WAITLISTED");
  }
  return out;
}

/** Cancel one GOING row, then fill from the waitlist in arrival order, skipping parties too big. */
function simulateCancel(rows: Row[], id: string) {
  const row = rows.find((r) => r.id === id)!;
  row.status = "CANCELLED";
  let free = CAPACITY - rows.filter((r) => r.status === "GOING").reduce((s, r) => s + 1 + r.guests, 0);
  for (const w of rows.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.arrival - b.arrival)) {
    if (free <= 0) break;
    if (1 + w.guests <= free) {
      w.status = "GOING";
      free -= 1 + w.guests;
    }
  }
}

async function loadRows(actionId: string): Promise<Row[]> {
  const db = await getDb();
  return db.rsvp.findMany({ where: { actionId }, select: { id: true, status: true, guests: true, arrival: true }, orderBy: { arrival: "asc" } });
}

async function assertConsistent(actionId: string, capacity = CAPACITY) {
  const db = await getDb();
  const rows = await loadRows(actionId);
  const action = await db.action.findUniqueOrThrow({ where: { id: actionId }, select: { goingCount: true, waitlistCount: true } });
  const seats = rows.filter((r) => r.status === "GOING").reduce((s, r) => s + 1 + r.guests, 0);
  const waitlisted = rows.filter((r) => r.status === "WAITLISTED");
  expect(action.goingCount).toBe(seats);
  expect(action.waitlistCount).toBe(waitlisted.length);
  expect(seats).toBeLessThanOrEqual(capacity);
  // Invariant after every decision: no waitlisted party fits the free seats.
  for (const w of waitlisted) expect(1 + w.guests).toBeGreaterThan(capacity - seats);
  return { rows, seats, waitlisted };
}

describe(`capacity under concurrency (${KIND})`, () => {
  it(`${REQUESTS} concurrent RSVPs with +N guests at a capacity-${CAPACITY} rally, then 5 cancellations — ${ROUNDS} rounds`, async () => {
    const { cookie: organiserCookie, user: organiser } = await createPerson();
    for (let round = 0; round < ROUNDS; round++) {
      const action = await createAction({ capacity: CAPACITY });
      const db = await getDb();
      await db.chapterMembership.upsert({
        where: { userId_chapterId: { userId: organiser.id, chapterId: action.chapterId } },
        create: { userId: organiser.id, chapterId: action.chapterId, role: "ORGANISER" },
        update: {},
      });
      // Mostly singles, a quarter bring 1–3 guests; every third is a named guest, the rest headcount.
      const bodies = Array.from({ length: REQUESTS }, (_, i) => ({
        guests: i % 4 === 1 ? 1 + (i % 3) : 0,
        ...(i % 3 === 0 ? { name: `Guest ${i}`, email: `r${round}-g${i}@example.test` } : {}),
      }));
      const responses = await Promise.all(
        bodies.map((body, i) => call(rsvpPost, `/api/actions/${action.id}/rsvps`, { method: "POST", body, params: { id: action.id }, ip: ipFor(round * 1000 + i) })),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(REQUESTS).fill(201));
      for (const r of responses) expect(typeof r.json.cancelToken).toBe("string");

      const { rows, seats, waitlisted } = await assertConsistent(action.id);
      expect(rows).toHaveLength(REQUESTS);
      expect(seats).toBe(CAPACITY);
      // Every decision equals what serial processing in arrival order would have decided.
      const expected = serialDecisions(rows);
      for (const r of rows) expect(r.status, `rsvp ${r.arrival}`).toBe(expected.get(r.id));
      // Positions handed out were 1..N in arrival order, no gaps, no repeats.
      const positionById = new Map(responses.map((r) => [r.json.id as string, r.json.position as number | undefined]));
      expect(waitlisted.map((w) => positionById.get(w.id))).toEqual(waitlisted.map((_, i) => i + 1));
      const going = rows.filter((r) => r.status === "GOING");
      for (const g of going) expect(positionById.get(g.id)).toBeUndefined();

      // Five cancellations, by the organiser, of GOING parties of different sizes; each must promote
      // exactly the waitlisted parties the rule picks, in arrival order.
      const model = rows.map((r) => ({ ...r }));
      const singles = going.filter((g) => g.guests === 0);
      const victims = [singles[0], singles[singles.length - 1], ...going.filter((g) => g.guests > 0).slice(0, 3)].map((g) => g.id);
      expect(new Set(victims).size).toBe(5);
      for (const id of victims) {
        const res = await call(rsvpDelete, `/api/rsvps/${id}`, { method: "DELETE", params: { id }, cookie: organiserCookie });
        expect(res.status).toBe(200);
        const before = model.filter((r) => r.status === "GOING").length;
        simulateCancel(model, id);
        expect(res.json.promoted).toBe(model.filter((r) => r.status === "GOING").length - before + 1);
      }
      const after = await assertConsistent(action.id);
      const actual = new Map(after.rows.map((r) => [r.id, r.status]));
      for (const m of model) expect(actual.get(m.id), `rsvp ${m.arrival}`).toBe(m.status);
      expect(after.seats).toBe(model.filter((r) => r.status === "GOING").reduce((s, r) => s + 1 + r.guests, 0));
      // Every promoted RSVP with an address has its promotion mail queued (headcounts have none).
      const promoted = model.filter((m) => m.status === "GOING" && rows.find((r) => r.id === m.id)!.status === "WAITLISTED").map((m) => m.id);
      const withEmail = await db.rsvp.findMany({ where: { id: { in: promoted }, email: { not: null } }, select: { id: true } });
      const jobs = await db.job.findMany({ where: { name: "mail.rsvp", payload: { path: ["event"], equals: "promoted" } }, select: { payload: true } });
      const mailed = new Set(jobs.map((j) => (j.payload as { rsvpId: string }).rsvpId));
      for (const w of withEmail) expect(mailed.has(w.id)).toBe(true);
    }
  }, 180_000);

  it("concurrent cancellations keep the counters exact and the waitlist invariant", async () => {
    const action = await createAction({ capacity: 10 });
    const made = [];
    for (let i = 0; i < 20; i++) {
      made.push(await call(rsvpPost, `/api/actions/${action.id}/rsvps`, { method: "POST", body: { guests: i % 5 === 0 ? 2 : 0 }, params: { id: action.id }, ip: ipFor(50_000 + i) }));
    }
    const going = made.filter((m) => m.json.status === "GOING").slice(0, 4);
    const results = await Promise.all(
      going.map((g) => call(rsvpDelete, `/api/rsvps/${g.json.id}?token=${g.json.cancelToken}`, { method: "DELETE", params: { id: g.json.id as string } })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const { seats } = await assertConsistent(action.id, 10);
    expect(seats).toBe(10);
  });
});
