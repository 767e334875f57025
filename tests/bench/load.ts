import autocannon from "autocannon";

export type LoadResult = { p50: number; p95: number; p99: number; rps: number; requests: number; errors: number; non2xx: number };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * autocannon against one URL on loopback. Every response time is kept (autocannon's own
 * summary has no p95), so the percentiles are exact, not histogram buckets.
 */
export async function load(url: string, seconds: number, connections: number, timeoutSeconds = 30): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, timeout: timeoutSeconds });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    rps: round(result.requests.total / (result.duration || seconds)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : -1);
