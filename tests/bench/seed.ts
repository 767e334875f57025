import pg from "pg";
import { postgresMigrationAdapter } from "@/lib/db/adapters";
import { applyMigrations } from "@/lib/db/migrations";
import { biggestPlaces } from "@/lib/geo/places";
import { BENCH } from "./config";

const CITY_COUNT = 3000;
const CHAPTERS = 300;
const BATCH = 100_000;

async function ensureDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  await admin.end();
}

/**
 * Makes the bench database: migrated, with BENCH.actions actions around the world's big cities,
 * ANALYZEd. Reused when its comment says it was seeded the same way before (with any newer migrations applied).
 */
export async function seedBenchDatabase(log: (s: string) => void): Promise<{ reused: boolean; seconds: number }> {
  const started = Date.now();
  const url = BENCH.databaseUrl;
  await ensureDatabase(url);
  const stamp = `${BENCH.seedVersion}:${BENCH.actions}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const db = new URL(url).pathname.slice(1);
    const comment = await client.query("SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1", [db]);
    if (comment.rows[0]?.c === stamp) {
      await migrateReused(url, client, log);
      return { reused: true, seconds: 0 };
    }
    log(`seeding ${url} with ${BENCH.actions.toLocaleString("en")} actions (once; later runs reuse it)…`);
    await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
    const adapter = postgresMigrationAdapter(url);
    await applyMigrations(adapter);
    await adapter.close();
    await seedRows(client, log);
    await client.query(`COMMENT ON DATABASE "${db.replace(/"/g, '""')}" IS '${stamp}'`);
    return { reused: false, seconds: Math.round((Date.now() - started) / 1000) };
  } finally {
    await client.end();
  }
}

/**
 * A reused database gets the migrations added since it was seeded. One that rewrites every action
 * (a backfilled column) leaves half the table dead: compact it and refresh the statistics, so the
 * benchmark measures the steady state a fresh seed would have.
 */
async function migrateReused(url: string, client: pg.Client, log: (s: string) => void) {
  const adapter = postgresMigrationAdapter(url);
  const applied = await applyMigrations(adapter).finally(() => adapter.close());
  if (!applied.length) return;
  log(`applied ${applied.join(", ")} to the reused bench database; compacting…`);
  await client.query(`VACUUM FULL ANALYZE`);
}

async function seedRows(client: pg.Client, log: (s: string) => void) {
  // The biggest towns of the world, biggest first: actions cluster around them as they do in life.
  const list = biggestPlaces(CITY_COUNT);
  const lats = list.map((c) => c.lat);
  const lngs = list.map((c) => c.lng);
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Chapter" ("id","slug","name","countryCode","city","lat","lng","verified","trusted","updatedAt")
     SELECT 'bench-chapter-' || i, 'bench-chapter-' || i, 'Chapter ' || c.name, upper(c.country), c.name, c.lat, c.lng, true, true, now()
     FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) WITH ORDINALITY AS c(name, country, lat, lng, i)
     WHERE i <= ${CHAPTERS}`,
    [list.map((c) => c.name), list.map((c) => c.country.slice(0, 2)), lats, lngs],
  );
  await client.query(
    `INSERT INTO "Statement" ("id","slug","status","sourceLocale","publishedAt","updatedAt")
     SELECT 'bench-statement-' || i, 'bench-statement-' || i, 'PUBLISHED', 'en', now(), now() FROM generate_series(1, 5) i`,
  );
  await client.query(
    `INSERT INTO "StatementTranslation" ("id","statementId","locale","title","summary","body","demands","updatedAt")
     SELECT 'bench-st-' || i || '-' || l, 'bench-statement-' || i, l, 'Statement ' || i || ' (' || l || ')', 'Summary', repeat('We stand together. ', 200), ARRAY['End the occupation','Ceasefire now'], now()
     FROM generate_series(1, 5) i, unnest(ARRAY['en','ar','fr']) l`,
  );
  await client.query("COMMIT");
  for (let from = 1; from <= BENCH.actions; from += BATCH) {
    const to = Math.min(BENCH.actions, from + BATCH - 1);
    // City by a skewed draw (big cities get more), then a normal offset of ~8 km around it
    // (Box-Muller); hidden locations get a public point 250–700 m away from the true one.
    await client.query(
      `WITH draw AS (
         SELECT g,
           1 + floor(${list.length} * power(random(), 2.2))::int AS ci,
           sqrt(-2 * ln(1 - random())) AS r, 2 * pi() * random() AS t,
           random() AS k, random() AS p, random() AS s, random() AS d
         FROM generate_series($3::int, $4::int) g),
       placed AS (
         SELECT d.*, greatest(-84.0, least(84.0, ($1::float8[])[ci] + r * cos(t) * 0.07)) AS lat,
           ((($2::float8[])[ci] + r * sin(t) * 0.09 + 540)::numeric % 360 - 180)::float8 AS lng,
           CASE WHEN p < 0.75 THEN 'EXACT' WHEN p < 0.95 THEN 'APPROXIMATE' ELSE 'REVEAL_TO_ATTENDEES' END AS privacy,
           now() + (s * 760 - 30) * interval '1 day' AS starts
         FROM draw d)
       INSERT INTO "Action" ("id","slug","kind","status","statementId","chapterId","title","startsAt","endsAt","timeZone","mode",
         "lat","lng","publicLat","publicLng","locationPrivacy","capacity","languages","publishedAt","updatedAt")
       SELECT 'bench' || g, 'bench-action-' || g,
         (CASE WHEN k < 0.6 THEN 'RALLY' WHEN k < 0.85 THEN 'DONATION_DRIVE' ELSE 'BOYCOTT' END)::"ActionKind",
         (CASE WHEN d < 0.92 THEN 'PUBLISHED' WHEN d < 0.95 THEN 'PENDING_REVIEW' WHEN d < 0.98 THEN 'DRAFT' ELSE 'CANCELLED' END)::"ActionStatus",
         'bench-statement-' || (1 + g % 5), 'bench-chapter-' || (1 + g % ${CHAPTERS}), 'Action ' || g || ' for Palestine',
         starts, starts + interval '2 hours', 'UTC',
         (CASE WHEN k > 0.97 THEN 'ONLINE' ELSE 'IN_PERSON' END)::"ActionMode",
         lat, lng,
         CASE WHEN privacy = 'EXACT' THEN lat ELSE greatest(-85.0, least(85.0, lat + (0.0025 + 0.004 * s) * cos(t + 1))) END,
         CASE WHEN privacy = 'EXACT' THEN lng ELSE least(180.0, greatest(-180.0, lng + (0.0025 + 0.004 * s) * sin(t + 1))) END,
         privacy::"LocationPrivacy",
         CASE WHEN k < 0.3 THEN 50 + (g % 450) ELSE NULL END,
         ARRAY['en'], now(), now()
       FROM placed`,
      [lats, lngs, from, to],
    );
    log(`  ${to.toLocaleString("en")} actions`);
  }
  // Steady state, as a live database would be: statistics, visibility map and hint bits set.
  await client.query(`VACUUM ANALYZE`);
}
