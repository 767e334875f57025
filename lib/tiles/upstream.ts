import { appUrl } from "../env";
import { AppError } from "../errors";

/**
 * Requests to the tile provider, within its usage policy (operations.osmfoundation.org/policies/tiles):
 * a User-Agent naming this app and where it runs, at most two connections at a time, a per-instance
 * ceiling on tiles fetched per minute (a cache miss costs the provider; a hit costs it nothing), and
 * one request per tile however many visitors ask for it at once.
 */
const MAX_CONCURRENT = 2;
const MAX_QUEUED = 64;
export const MAX_PER_MINUTE = 300;
const TIMEOUT_MS = 8_000;

let active = 0;
const queue: (() => void)[] = [];
let minute = { start: 0, count: 0 };
const inFlight = new Map<string, Promise<Tile>>();
let lastLogged = 0;

export type Tile = { body: Buffer; contentType: string };

export function userAgent(): string {
  return `mobilise tile proxy (+${appUrl()})`;
}

/** One fetch per URL at a time; later askers share the answer. */
export function fetchUpstream(url: string): Promise<Tile> {
  let pending = inFlight.get(url);
  if (!pending) {
    pending = limited(() => request(url)).finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  return pending;
}

async function limited<T>(task: () => Promise<T>): Promise<T> {
  const now = Date.now();
  if (now - minute.start >= 60_000) minute = { start: now, count: 0 };
  if (minute.count >= MAX_PER_MINUTE || queue.length >= MAX_QUEUED) {
    const retry = String(Math.max(1, Math.ceil((minute.start + 60_000 - now) / 1000)));
    throw new AppError("RATE_LIMITED", "This server has fetched its share of map tiles for now", undefined, { "Retry-After": retry });
  }
  minute.count++;
  if (active >= MAX_CONCURRENT) await new Promise<void>((resolve) => queue.push(resolve));
  active++;
  try {
    return await task();
  } finally {
    active--;
    queue.shift()?.();
  }
}

async function request(url: string): Promise<Tile> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { "User-Agent": userAgent(), Accept: "image/png,image/*" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    logOnce(`${timedOut ? "timed out" : "unreachable"}: ${reason(e)}`);
    throw new AppError(timedOut ? "UPSTREAM_TIMEOUT" : "UPSTREAM_FAILED", timedOut ? "The map tile server did not answer in time" : "The map tile server could not be reached");
  }
  if (res.status === 404) throw new AppError("NOT_FOUND", "No such tile");
  const contentType = res.headers.get("content-type") ?? "";
  if (!res.ok || !contentType.startsWith("image/")) {
    await res.body?.cancel();
    logOnce(`answered ${res.status} ${contentType}`);
    throw new AppError("UPSTREAM_FAILED", "The map tile server answered with an error");
  }
  return { body: Buffer.from(await res.arrayBuffer()), contentType };
}

/** A provider outage would otherwise log once per tile: say it once a minute. */
function logOnce(what: string) {
  if (Date.now() - lastLogged < 60_000) return;
  lastLogged = Date.now();
  console.warn(`[tiles] tile server ${what} (further failures in the next minute are not logged)`);
}

function reason(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? e.message;
}
