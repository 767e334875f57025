import { afterAll, beforeAll, inject } from "vitest";
import { useDbClient } from "@/lib/db";
import { openTestDatabase } from "./test-database";

// No map tiles (no network here): the tile proxy answers 404 instead of asking a provider. Its
// own tests (tests/unit/tiles/) give it a fake tile server.
process.env.TILE_URL ??= "off";

// Each test file gets its own database, so files can run in parallel without sharing rows.
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const opened = await openTestDatabase(inject("dbTemplate"));
  useDbClient(opened.client, opened.kind);
  (globalThis as { __mobiliseTestDb?: { kind: string; url?: string } }).__mobiliseTestDb = { kind: opened.kind, url: opened.url };
  close = opened.close;
});

afterAll(async () => {
  await close?.();
});
