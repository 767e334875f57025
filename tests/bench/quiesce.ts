import pg from "pg";
import { waitUntil } from "../wait-until";

/** Consecutive samples with nothing running that count as quiet (1 s at the 200 ms interval). */
const QUIET_SAMPLES = 5;

/**
 * Waits until no query has been running on the bench database for a second. autocannon stops
 * sending when its time is up, but the server finishes what is in flight: without this, a slow
 * endpoint's last queries would still be eating the CPU while the next run is being measured.
 * The second of consecutive quiet samples (not a pause after the first) also lets the servers'
 * own event loops drain their last responses.
 */
export async function waitForQuiet(databaseUrl: string, maxMs = 120_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let quiet = 0;
  try {
    await waitUntil(
      "the bench database to be quiet",
      async () => {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
        );
        quiet = rows[0].n === 0 ? quiet + 1 : 0;
        return quiet >= QUIET_SAMPLES;
      },
      { timeoutMs: maxMs, intervalMs: 200 },
    ).catch((e: unknown) => {
      // A database that never goes quiet (another load on the machine) is measured anyway, and said.
      console.warn(`[bench] ${(e as Error).message}; measuring anyway`);
    });
  } finally {
    await client.end();
  }
}
