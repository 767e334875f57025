import http from "node:http";
import pg from "pg";
import { percentile } from "./load";

export type RsvpResult = {
  clients: number;
  capacity: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  going: number;
  waitlisted: number;
  goingCount: number;
  waitlistCount: number;
  correct: boolean;
};

/**
 * `clients` people RSVP to one rally of `capacity` places at the same instant, each as a guest
 * with their own address. Afterwards exactly `capacity` must be going, the rest waitlisted in
 * arrival order, and the counters must agree with the rows.
 */
export async function rsvpBenchmark(appUrl: string, databaseUrl: string, clients: number, capacity: number): Promise<RsvpResult> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const id = `bench-rsvp-${Date.now().toString(36)}`;
  try {
    await db.query(
      `INSERT INTO "Action" ("id","slug","kind","status","statementId","chapterId","title","startsAt","endsAt","timeZone","lat","lng","publicLat","publicLng","capacity","languages","publishedAt","updatedAt")
       VALUES ($1, $1, 'RALLY', 'PUBLISHED', 'bench-statement-1', 'bench-chapter-1', 'Capacity rally', now() + interval '3 days', now() + interval '3 days 2 hours', 'UTC', 51.5, -0.12, 51.5, -0.12, $2, ARRAY['en'], now(), now())`,
      [id, capacity],
    );
    // A few guest RSVPs first, elsewhere, so that every server process has run the route (the
    // connections are handed out in turn): the burst measures contention, not first loads.
    for (let i = 0; i < 20; i++) await postOnNewConnection(`${appUrl}/api/actions/bench-action-1/rsvps`, { name: "Warm-up", email: `warm-${i}-${id}@example.test` });
    const started = Array.from({ length: clients }, (_, i) => i);
    const results = await Promise.all(
      started.map(async (i) => {
        const t0 = performance.now();
        const res = await fetch(`${appUrl}/api/actions/${id}/rsvps`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ name: `Bench person ${i}`, email: `bench-${i}-${id}@example.test` }),
        });
        const body = (await res.json().catch(() => ({}))) as { status?: string };
        return { ms: performance.now() - t0, status: res.status, rsvp: body.status ?? `HTTP ${res.status}` };
      }),
    );
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const statuses: Record<string, number> = {};
    for (const r of results) statuses[`${r.status} ${r.rsvp}`] = (statuses[`${r.status} ${r.rsvp}`] ?? 0) + 1;
    const rows = await db.query<{ status: string; n: string }>(`SELECT "status", count(*) AS n FROM "Rsvp" WHERE "actionId" = $1 GROUP BY 1`, [id]);
    const count = (s: string) => Number(rows.rows.find((r) => r.status === s)?.n ?? 0);
    const action = await db.query<{ goingCount: number; waitlistCount: number }>(`SELECT "goingCount", "waitlistCount" FROM "Action" WHERE "id" = $1`, [id]);
    const going = count("GOING");
    const waitlisted = count("WAITLISTED");
    const { goingCount, waitlistCount } = action.rows[0];
    return {
      clients,
      capacity,
      p50: Math.round(percentile(times, 50)),
      p99: Math.round(percentile(times, 99)),
      max: Math.round(times[times.length - 1]),
      statuses,
      going,
      waitlisted,
      goingCount,
      waitlistCount,
      correct: going === capacity && waitlisted === clients - capacity && goingCount === capacity && waitlistCount === clients - capacity && results.every((r) => r.status < 300),
    };
  } finally {
    await db.query(`DELETE FROM "Action" WHERE "id" = $1`, [id]).catch(() => {});
    await db.end();
  }
}

/** fetch() would reuse one kept-alive connection, i.e. one server process; this opens a new one each time. */
function postOnNewConnection(url: string, body: object): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent: false, headers: { "Content-Type": "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}
