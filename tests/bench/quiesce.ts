import pg from "pg";

/**
 * Waits until no query is running on the bench database. autocannon stops sending when its
 * time is up, but the server finishes what is in flight: without this, a slow endpoint's last
 * queries would still be eating the CPU while the next run is being measured.
 */
export async function waitForQuiet(databaseUrl: string, maxMs = 120_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + maxMs;
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].n === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // And a moment for the servers' own event loops to drain their responses.
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    await client.end();
  }
}
