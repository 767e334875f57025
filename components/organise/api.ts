import type { MessageKey, Translate } from "@/lib/i18n/translator";

export type FieldErrors = Record<string, string[]>;

/** An API error as the UI needs it: a code for the banner, per-field catalogue keys for the form. */
export class ApiError extends Error {
  constructor(
    public readonly code: string,
    public readonly status: number,
    public readonly fields: FieldErrors = {},
  ) {
    super(code);
  }
}

/** JSON in, JSON out, same-origin; every failure becomes an ApiError (NETWORK when offline). */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("NETWORK", 0);
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string; fields?: FieldErrors } } | null;
  if (!res.ok) throw new ApiError(data?.error?.code ?? "INTERNAL", res.status, data?.error?.fields ?? {});
  return data as T;
}

/** Uploads a file as multipart; same error handling. */
export async function apiUpload<T>(url: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("file", file);
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", body: form, credentials: "same-origin" });
  } catch {
    throw new ApiError("NETWORK", 0);
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string } } | null;
  if (!res.ok) throw new ApiError(data?.error?.code ?? "INTERNAL", res.status);
  return data as T;
}

const CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_TRANSITION",
  "UNPROCESSABLE",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "VALIDATION",
  "NETWORK",
]);

/** The banner text for an error, in the reader's language; never the server's English message. */
export function errorText(t: Translate, err: unknown): string {
  const code = err instanceof ApiError ? err.code : "generic";
  return t((CODES.has(code) ? `organise.errors.codes.${code}` : "organise.errors.codes.generic") as MessageKey);
}

/** A field message: our catalogue keys are translated, anything else falls back to a generic hint. */
export function fieldText(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return t((message.startsWith("organise.errors.") ? message : "organise.errors.invalid") as MessageKey);
}
