/** The JSON error shape every route returns, turned into something the forms can show per field. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly fields: Record<string, string[]> = {},
  ) {
    super(code);
    this.name = "ApiError";
  }
}

export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? "GET",
      headers: { Accept: "application/json", ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "NETWORK");
  }
  const json = (await res.json().catch(() => null)) as { error?: { code: string; fields?: Record<string, string[]> } } | null;
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? "INTERNAL", json?.error?.fields ?? {});
  return json as T;
}
