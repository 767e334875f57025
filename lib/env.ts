import { parseEnv, type Env } from "./env/schema";

let cached: Env | undefined;

/** Validated once per process; a bad value fails start-up with a readable list. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}
