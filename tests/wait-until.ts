/**
 * Waits for a condition, not for a time: calls `probe` every `intervalMs` until it returns a
 * value other than undefined or false, and returns that value; throws once `timeoutMs` has passed.
 * For code outside Playwright and vitest's own `expect.poll` (servers starting, a busy database).
 * The only place the tests pause between checks.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  { timeoutMs = 30_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
