import { LOCALES } from "../i18n/locales";
import { AppError } from "../errors";
import { readCappedText } from "../http/read-text";
import { DEFAULT_MAX_BODY } from "./gate";

type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response>;

export type HtmlFormSpec<B> = {
  /** Names the outcome in the redirect: `?rsvp=…` on success, `?rsvpError=…` on failure. */
  name: string;
  /** The form's fields as the JSON body the API documents (numbers parsed, empty fields dropped). */
  body: (fields: URLSearchParams) => B;
  /** What the page needs to say how it went; never secrets (the URL ends up in history and logs). */
  outcome: (answer: Record<string, unknown>, status: number, body: B) => Record<string, string>;
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
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers.get("content-type") ?? "")) return handler(req, ctx);
    let fields: URLSearchParams;
    try {
      fields = new URLSearchParams(await readCappedText(req, DEFAULT_MAX_BODY));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return backTo(null, { [`${spec.name}Error`]: e.code });
    }
    const back = fields.get("back");
    const body = spec.body(fields);
    const headers = new Headers(req.headers);
    headers.set("content-type", "application/json");
    headers.delete("content-length");
    const res = await handler(new Request(req.url, { method: req.method, headers, body: JSON.stringify(body) }), ctx);
    const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.ok) return backTo(back, spec.outcome(answer, res.status, body));
    const error = (answer.error ?? {}) as { code?: string; fields?: Record<string, unknown> };
    return backTo(back, {
      [`${spec.name}Error`]: error.code ?? "generic",
      ...(error.fields ? { fields: Object.keys(error.fields).join(",") } : {}),
    });
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

function backTo(back: string | null, params: Record<string, string>): Response {
  const path = back && BACK.test(back) ? back : "/";
  const query = new URLSearchParams(params).toString();
  return new Response(null, { status: 303, headers: { Location: `${path}${query ? `?${query}` : ""}`, "Cache-Control": "no-store" } });
}
