/**
 * Lets a request wake this process's worker right after it enqueued a job, instead of waiting
 * for the next poll. Other instances pick jobs up on their own poll; nothing depends on this.
 */
const g = globalThis as typeof globalThis & { __mobiliseJobNudge?: () => void };

export function setNudgeHandler(handler: (() => void) | undefined) {
  g.__mobiliseJobNudge = handler;
}

export function nudgeWorker() {
  g.__mobiliseJobNudge?.();
}
