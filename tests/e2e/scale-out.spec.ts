import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./helpers/test";
import pg from "pg";
import { startInstance, type Instance } from "./helpers/servers";

/**
 * Two production instances on different ports against one PostgreSQL database, as behind a
 * load balancer: what one writes the other reads, they share rate limits and sessions, and
 * their job workers together send a scheduled reminder exactly once. The second instance is itself
 * two server processes (WEB_CONCURRENCY=2), the way one instance uses a multi-core machine.
 * Needs TEST_DATABASE_URL (the embedded database belongs to one process by design).
 */
const base = process.env.TEST_DATABASE_URL;
const PORTS = [3190, 3191];

if (!base) {
  const notice = "Scale-out proof SKIPPED: it needs PostgreSQL (set TEST_DATABASE_URL); the embedded database is one process only.";
  console.warn(`\n${"!".repeat(notice.length + 4)}\n! ${notice} !\n${"!".repeat(notice.length + 4)}\n`);
  // CI sets E2E_REQUIRED: there a missing database is a failure, not a skip.
  test("scale-out needs TEST_DATABASE_URL", () => expect(process.env.E2E_REQUIRED, notice).toBeFalsy());
}

// Declared only with a database to run against: never a skipped test, and CI always has one.
if (base) test.describe("two instances, one database", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let a: Instance;
  let b: Instance;
  let databaseUrl: string;
  let db: pg.Client;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    const name = `mobilise_scaleout_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(base!);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    // Schedules every second (not every minute) so the reminder race happens within the test.
    const env = { JOBS_SCHEDULE_MS: "1000", JOBS_POLL_MS: "500" };
    // One at a time: the first migrates and loads the demo data, the second finds both done.
    a = await startInstance({ port: PORTS[0], databaseUrl, appEnv: "demo", env });
    // The second is itself two server processes on one port (WEB_CONCURRENCY), as on a multi-core machine.
    b = await startInstance({ port: PORTS[1], databaseUrl, appEnv: "demo", env: { ...env, WEB_CONCURRENCY: "2" } });
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  test.afterAll(async () => {
    await db?.end();
    await a?.stop();
    await b?.stop();
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "mobilise_scaleout_${process.pid}" WITH (FORCE)`);
    await admin.end();
  });

  const json = { "Content-Type": "application/json" };

  async function publishedRally() {
    const { rows } = await db.query(
      `SELECT "id" FROM "Action" WHERE "status" = 'PUBLISHED' AND "kind" = 'RALLY' AND "endsAt" > now() AND ("capacity" IS NULL OR "capacity" > "goingCount" + 5) ORDER BY "startsAt" LIMIT 1`,
    );
    return rows[0].id as string;
  }

  test("WEB_CONCURRENCY=2 runs two server processes behind the second instance's one port", async () => {
    // Health answers as soon as the first process listens; the line comes once both do.
    await expect.poll(() => b.log()).toContain("with 2 server processes");
    const statuses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${b.url}/api/health`).then((r) => r.status)));
    expect(statuses).toEqual(Array(8).fill(200));
    // Of an instance's server processes, exactly one runs the job worker and the scheduled tasks.
    for (const i of [a, b]) expect(i.log().match(/\[jobs\] job worker and scheduled tasks run in server process \d+/g)).toHaveLength(1);
  });

  test("an RSVP made through one instance is seen by the other", async () => {
    const id = await publishedRally();
    const going = async (i: Instance) => ((await (await fetch(`${i.url}/api/actions/${id}`)).json()) as { attendance: { going: number } }).attendance.going;
    const before = await going(b);
    const res = await fetch(`${a.url}/api/actions/${id}/rsvps`, { method: "POST", headers: json, body: "{}" });
    expect(res.status).toBe(201);
    const { cancelToken } = (await res.json()) as { cancelToken: string };
    expect(await going(b)).toBe(before + 1);
    const mine = await fetch(`${b.url}/api/actions/${id}/me`, { headers: { "x-rsvp-token": cancelToken } });
    expect(JSON.stringify(await mine.json())).toContain("GOING");
  });

  test("map clusters cached by every server process follow a change made anywhere, at once", async () => {
    const id = await publishedRally();
    const world = "/api/actions/clusters?bbox=-180,-85,180,85&zoom=16";
    // zoom 16 on the demo data: every action a point of its own. Several requests per instance so
    // both of the second instance's processes have cached the view.
    const shows = async (i: Instance) => ((await (await fetch(`${i.url}${world}`)).json()) as { points: { id: string }[] }).points.some((p) => p.id === id);
    for (const i of [a, b, b, b, a, b]) expect(await shows(i)).toBe(true);
    await db.query(`UPDATE "Action" SET "status" = 'CANCELLED', "cancelledAt" = now() WHERE "id" = $1`, [id]);
    for (const i of [a, b, b, b]) expect(await shows(i)).toBe(false);
    await db.query(`UPDATE "Action" SET "status" = 'PUBLISHED', "cancelledAt" = NULL WHERE "id" = $1`, [id]);
    for (const i of [b, a, b, b]) expect(await shows(i)).toBe(true);
  });

  test("rate limits are shared: the sixth report in ten minutes is refused on either instance", async () => {
    const id = await publishedRally();
    const report = (i: Instance) => fetch(`${i.url}/api/reports`, { method: "POST", headers: json, body: JSON.stringify({ actionId: id, reason: "SPAM" }) });
    const statuses = [];
    for (const i of [a, b, a, b, a]) statuses.push((await report(i)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    expect((await report(b)).status).toBe(429);
    expect((await report(a)).status).toBe(429);
  });

  test("a session made on one instance works on the other, and ending it there ends it everywhere", async () => {
    const signIn = await fetch(`${a.url}/api/auth/password`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: "member@example.org", password: "mobilise-demo" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(cookie).toMatch(/mobilise\.session=/);
    const me = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe("member@example.org");
    expect((await fetch(`${b.url}/api/auth/sign-out`, { method: "POST", headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${a.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  test("a reminder due now is sent exactly once although both workers look for it", async () => {
    const id = `scaleout-reminder-${Date.now().toString(36)}`;
    const email = `${id}@example.test`;
    const ref = await db.query(`SELECT "statementId", "chapterId" FROM "Action" WHERE "status" = 'PUBLISHED' LIMIT 1`);
    const { statementId, chapterId } = ref.rows[0];
    // Starts in two hours: due for its day-before reminder at the next scheduling tick.
    const dueReminder = async (key: string, to: string) => {
      await db.query("BEGIN");
      await db.query(
        `INSERT INTO "Action" ("id","slug","kind","status","statementId","chapterId","title","startsAt","endsAt","timeZone","lat","lng","publicLat","publicLng","goingCount","languages","publishedAt","updatedAt")
         VALUES ($1, $1, 'RALLY', 'PUBLISHED', $2, $3, 'Reminder race', now() + interval '2 hours', now() + interval '4 hours', 'UTC', 51.5, -0.12, 51.5, -0.12, 1, ARRAY['en'], now(), now())`,
        [key, statementId, chapterId],
      );
      await db.query(`INSERT INTO "Rsvp" ("id","actionId","name","email","status","updatedAt") VALUES ($1, $2, 'Reminded Person', $3, 'GOING', now())`, [`${key}-rsvp`, key, to]);
      await db.query("COMMIT");
    };
    await dueReminder(id, email);

    // Each instance writes the mails its own worker sent into its own outbox.
    const mailsIn = (i: Instance, match: (to: string) => boolean) => {
      const dir = path.join(i.dataDir, "outbox");
      let files: string[] = [];
      try {
        files = readdirSync(dir);
      } catch {
        return [];
      }
      return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { to: string; subject: string }).filter((m) => match(m.to));
    };
    const mailsTo = () => [a, b].flatMap((i) => mailsIn(i, (to) => to === email));
    await expect.poll(() => mailsTo().length, { timeout: 60_000, intervals: [1000] }).toBeGreaterThan(0);
    // Both workers tick again after that first mail: keep queueing fresh due reminders until each
    // instance has sent one of them. A duplicate of the first mail would have been sent by then.
    let probes = 0;
    const probeAddress = /^scaleout-probe-/;
    await expect
      .poll(
        async () => {
          const probe = `scaleout-probe-${Date.now().toString(36)}-${probes++}`;
          await dueReminder(probe, `${probe}@example.test`);
          return [a, b].map((i) => mailsIn(i, (to) => probeAddress.test(to)).length > 0);
        },
        { timeout: 60_000, intervals: [1000] },
      )
      .toEqual([true, true]);
    expect(mailsTo()).toHaveLength(1);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Job" WHERE "key" = $1`, [`reminder:${id}-rsvp`]);
    expect(rows[0].n).toBe(1);
  });
});
