import os from "node:os";

/** Everything the benchmark can be told, with defaults that run from a fresh clone. */
export const BENCH = {
  databaseUrl: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/mobilise_bench",
  actions: Number(process.env.BENCH_ACTIONS ?? 1_000_000),
  /** Seconds per autocannon run; three A/B pairs per endpoint. */
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  /**
   * Server processes for the app (WEB_CONCURRENCY, as a deployment on this machine would run it)
   * and, so that app ÷ floor compares like with like, for the floor too.
   */
  processes: Number(process.env.BENCH_PROCESSES ?? os.availableParallelism()),
  rounds: 3,
  appPort: Number(process.env.BENCH_APP_PORT ?? 3196),
  floorPort: Number(process.env.BENCH_FLOOR_PORT ?? 3197),
  /** The city viewport should hold about this many upcoming public actions. */
  cityTarget: 300,
  rsvpClients: 200,
  rsvpCapacity: 50,
  /** A version stamp in the database comment: a different one means reseed. */
  seedVersion: "mobilise-bench-v1",
};

export const TARGETS = {
  appOverFloor: 0.5,
  cityP95Ms: 50,
  worldClustersP95Ms: 150,
  indexedSpeedup: 50,
  rsvpP99Ms: 1000,
  listPageJsKb: 130,
  mapPageJsKb: 170,
  placesP95Ms: 20,
  placesRssMb: 150,
};
