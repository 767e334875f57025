/** A failed admin API call: the code picks a translated message, fields mark the inputs. */
export class AdminApiError extends Error {
  constructor(
    public readonly code: string,
    public readonly fields: Record<string, string[]> = {},
  ) {
    super(code);
  }
}

/** Same-origin JSON request to our API; the server's English message is never shown to people. */
export async function adminRequest<T = unknown>(method: "GET" | "POST" | "PATCH", url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AdminApiError("generic");
  }
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) throw new AdminApiError(json?.error?.code ?? "generic", json?.error?.fields ?? {});
  return json as T;
}
