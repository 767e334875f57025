import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { outboxDir, type Mail } from "./send";

export type OutboxMessage = Mail & { id: string; from: string; at: string };

/** Newest first. Only for the demo/development outbox page and tests. */
export function listOutbox(limit = 100): OutboxMessage[] {
  const dir = outboxDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit)
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as OutboxMessage);
}
