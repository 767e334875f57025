/** A failed API call with the fields a form needs; the server's English message is never shown. */
export class ApiFailure extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly fields: Record<string, string[]>,
    public readonly retryAfter: number | null,
  ) {
    super(code);
  }
}

/** fetch for our JSON API: same-origin, JSON body, errors as ApiFailure (NETWORK when offline). */
export async function sendJson<T = unknown>(url: string, method: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, "NETWORK", {}, null);
  }
  const json = (await res.json().catch(() => null)) as { error?: { code: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) {
    const retry = Number(res.headers.get("Retry-After"));
    throw new ApiFailure(res.status, json?.error?.code ?? "INTERNAL", json?.error?.fields ?? {}, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return json as T;
}

export function retryMinutes(err: unknown): number {
  return err instanceof ApiFailure && err.retryAfter ? Math.max(1, Math.ceil(err.retryAfter / 60)) : 15;
}
