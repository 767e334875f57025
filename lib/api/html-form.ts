import { LOCALES } from "../i18n/locales";
import { AppError } from "../errors";
import { readCappedText } from "../http/read-text";
import { errorResponse } from "../http/respond";
import { DEFAULT_MAX_BODY } from "./gate";

export type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response>;

export type HtmlFormSpec<B> = {
  /** Names the outcome in the redirect: `?rsvp=…` on success, `?rsvpError=…` on failure. */
  name: string;
  /** The form's fields as the JSON body the API documents (numbers parsed, empty fields dropped). */
  body: (fields: URLSearchParams) => B;
  /** What the page needs to say how it went; never secrets (the URL ends up in history and logs). */
  outcome: (answer: Record<string, unknown>, status: number, body: B) => Record<string, string>;
  /** Where success goes when that is not `back` (sign-in: the page asked for). Must be a path of ours. */
  successPath?: (fields: URLSearchParams) => string;
};

const BACK = new RegExp(`^/(${LOCALES.join("|")})(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*$`);

/**
 * The no-JavaScript path to a JSON write (Tor Browser's safest mode, old phones): a plain HTML
 * form posts its fields here, they are re-sent to the very same gated handler as the JSON body
 * (same CSRF check, rate limits, size cap, validation and service), and the answer becomes a 303
 * back to the page the form names in `back`, with the outcome in the query. JSON clients never
 * reach this code. A `back` that is not one of our own pages is ignored (no open redirect).
 */
export function acceptHtmlForm<B, C>(spec: HtmlFormSpec<B>, handler: RouteHandler<C>): RouteHandler<C> {
  return async (req, ctx) => {
    if (!isHtmlForm(req)) return handler(req, ctx);
    const fields = await readFormFields(req);
    if (fields instanceof AppError) return backTo(null, { [`${spec.name}Error`]: fields.code });
    const body = spec.body(fields);
    const res = await handler(resend(req, { method: req.method, url: req.url, body }), ctx);
    const success = res.ok && spec.successPath ? spec.successPath(fields) : null;
    return answerForm(res, success ?? fields.get("back"), spec.name, (answer) => spec.outcome(answer, res.status, body), {}, !!success);
  };
}

export function isHtmlForm(req: Request): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(req.headers.get("content-type") ?? "");
}

/** The form's fields, read under the same size cap as JSON bodies; a refusal is returned, not thrown. */
export async function readFormFields(req: Request): Promise<URLSearchParams | AppError> {
  try {
    return new URLSearchParams(await readCappedText(req, DEFAULT_MAX_BODY));
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

/** The same request (cookies, origin, client address) as the JSON call the form stands for. */
export function resend(req: Request, to: { method: string; url: string; body?: unknown }): Request {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  if (to.body === undefined) headers.delete("content-type");
  else headers.set("content-type", "application/json");
  return new Request(new URL(to.url, req.url), { method: to.method, headers, body: to.body === undefined ? undefined : JSON.stringify(to.body) });
}

/**
 * 303 back with the outcome (success) or `{name}Error` and the fields to fix (and, when rate
 * limited, `retry` seconds); `keep` goes with both. Cookies the handler set (a new session) are
 * passed on. `trusted` marks a destination the caller has already checked (a sign-in callback).
 */
export async function answerForm(
  res: Response,
  back: string | null,
  name: string,
  outcome: (answer: Record<string, unknown>) => Record<string, string>,
  keep: Record<string, string> = {},
  trusted = false,
): Promise<Response> {
  // A handler's answer without a JSON body (204) redirects on its status alone.
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  let redirect: Response;
  if (res.ok) redirect = backTo(back, { ...keep, ...outcome(answer) }, trusted);
  else {
    const error = (answer.error ?? {}) as { code?: string; fields?: Record<string, unknown> };
    const retry = res.headers.get("retry-after");
    redirect = backTo(back, {
      ...keep,
      [`${name}Error`]: error.code ?? "generic",
      ...(error.fields ? { fields: Object.keys(error.fields).join(",") } : {}),
      ...(retry && /^\d+$/.test(retry) ? { retry } : {}),
    });
  }
  for (const cookie of res.headers.getSetCookie()) redirect.headers.append("Set-Cookie", cookie);
  return redirect;
}

/** A route that only takes HTML forms: anything else is told to use the JSON API. */
export function htmlFormsOnly<C>(handler: (req: Request, fields: URLSearchParams, ctx: C) => Promise<Response>): RouteHandler<C> {
  return async (req, ctx) => {
    if (!isHtmlForm(req)) return errorResponse(new AppError("UNSUPPORTED_MEDIA_TYPE", "This endpoint takes HTML forms; use the JSON API"));
    const fields = await readFormFields(req);
    if (fields instanceof AppError) return errorResponse(fields);
    return handler(req, fields, ctx);
  };
}

/** A field left empty is "not given", as the JSON API expects; a number field becomes a number when it is one. */
export function formText(fields: URLSearchParams, name: string): string | undefined {
  const v = fields.get(name);
  return v === null || v.trim() === "" ? undefined : v;
}

export function formInt(fields: URLSearchParams, name: string): number | string | undefined {
  const v = formText(fields, name);
  return v !== undefined && /^\d{1,6}$/.test(v.trim()) ? Number(v) : v;
}

function backTo(back: string | null, params: Record<string, string>, trusted = false): Response {
  // Even a checked destination must stay on this site: "//x" and "/\\x" are other sites to browsers.
  const path = back && (BACK.test(back) || (trusted && /^\/[^/\\]/.test(back) && !back.includes("\\"))) ? back : "/";
  const query = new URLSearchParams(params).toString();
  const joiner = path.includes("?") ? "&" : "?";
  return new Response(null, { status: 303, headers: { Location: `${path}${query ? `${joiner}${query}` : ""}`, "Cache-Control": "no-store" } });
}
