/**
 * The one way browser code calls our JSON API: same-origin, JSON in and out, and every failure
 * as an ApiError carrying the code and per-field messages a form needs (NETWORK when offline).
 * The server's English message is never shown to people; each area maps codes to its catalogue.
 */
/** Per refused field: a stable code and a sentence in the page's language (sent as Accept-Language). */
export type FieldErrors = Record<string, { code: string; message: string }>;

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly fields: FieldErrors = {},
    /** Seconds, from Retry-After on 429. */
    public readonly retryAfter: number | null = null,
  ) {
    super(code);
    this.name = "ApiError";
  }
}

export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  return parse<T>(() =>
    fetch(url, {
      method: init.method ?? "GET",
      headers: { Accept: "application/json", ...pageLanguage(), ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      credentials: "same-origin",
    }),
  );
}

/** Uploads one file as multipart form data. */
export async function apiUpload<T>(url: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("file", file);
  return parse<T>(() => fetch(url, { method: "POST", body: form, credentials: "same-origin", headers: pageLanguage() }));
}

/** Field messages come back in the language of the page, whatever the browser's own setting. */
function pageLanguage(): Record<string, string> {
  const lang = typeof document === "undefined" ? "" : document.documentElement.lang;
  return lang ? { "Accept-Language": lang } : {};
}

async function parse<T>(send: () => Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await send();
  } catch {
    throw new ApiError(0, "NETWORK");
  }
  // A body that is not JSON (a proxy's HTML error page, an empty 204) is a handled outcome: the
  // status decides, and a failure without our JSON error is INTERNAL below.
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; fields?: FieldErrors } } | null;
  if (!res.ok) {
    const retry = Number(res.headers.get("Retry-After"));
    throw new ApiError(res.status, json?.error?.code ?? "INTERNAL", json?.error?.fields ?? {}, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return json as T;
}
