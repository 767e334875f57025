import { NextResponse } from "next/server";
import type { z } from "zod";
import { userFromRequest, type CurrentUser } from "../auth/current-user";
import { can, type Permission } from "../auth/policy";
import { appUrl } from "../env";
import { AppError, forbidden, unauthenticated } from "../errors";
import { clientAddress } from "../http/client-address";
import { PRIVATE_NO_STORE } from "../http/public-response";
import { negotiateLocale } from "../i18n/negotiate";
import { readCappedText } from "../http/read-text";
import { errorResponse, parseOr400 } from "../http/respond";
import type { PendingRateLimits, RateLimitHit } from "../rate-limit/bucket-sql";
import { enforceRateLimits } from "../rate-limit/hit";
import type { LimitName } from "../rate-limit/limits";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const DEFAULT_MAX_BODY = 64 * 1024;

type Auth = "none" | "optional" | "required" | "admin";
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type GateOptions<B, Q> = {
  auth?: Auth;
  /** Global permission checked before the handler (object permissions are checked in lib). */
  permission?: Permission;
  body?: B;
  query?: Q;
  /**
   * Buckets counted on top of the general mutation ones. "email" is the signed-in person's address
   * or, for guests, the body's `email` field (skipped when there is none): one person rotating
   * addresses still hits it.
   */
  rateLimits?: { name: LimitName; by: "ip" | "user" | "email" }[];
  maxBodyBytes?: number;
  /**
   * The handler's write counts the buckets in its own statement (`rateLimits` in the context; see
   * lib/rate-limit/bucket-sql.ts). Whatever path the request takes, they are counted exactly once:
   * if the handler never counted them (refused before writing), the gate does.
   */
  rateLimitsInWrite?: boolean;
};

export type GateContext<B, Q, P> = {
  req: Request;
  user: CurrentUser | null;
  body: Infer<B>;
  query: Infer<Q>;
  params: P;
  ip: string;
  rateLimits: PendingRateLimits;
};

/**
 * The declarative gate every route handler goes through: CSRF and content-type checks on
 * mutations, body size cap, session, rate limits, zod parsing of body and query. The handler is
 * then one call into lib. Errors of any kind come out as `{ error: { code, message, fields? } }`.
 */
export function gate<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, P = Record<string, string>>(
  options: GateOptions<B, Q>,
  handler: (ctx: GateContext<B, Q, P>) => Promise<Response | object | null>,
) {
  return async (req: Request, routeCtx: { params: Promise<P> }): Promise<Response> => {
    try {
      const mutating = MUTATING.has(req.method);
      if (mutating) checkSameOrigin(req);
      const ip = clientAddress(req);
      const user = options.auth === "none" ? null : await userFromRequest(req);
      if ((options.auth === "required" || options.auth === "admin") && !user) throw unauthenticated();
      if (options.auth === "admin" && !can(user, "admin.access")) throw forbidden();
      if (options.permission && !can(user, options.permission)) throw forbidden();
      // The body is read (size-capped) before counting so that body-derived buckets are counted in
      // the same single statement; a body that fails to read or parse is refused after counting.
      const read = options.body
        ? await readJson(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY).then((value) => ({ value, error: null }), (error: unknown) => ({ value: undefined, error }))
        : { value: undefined, error: null };
      const rateLimits: PendingRateLimits = { hits: rateLimitHits(options, req.method, ip, user, read.value), counted: false };
      if (!options.rateLimitsInWrite) await countOnce(rateLimits);
      let result: Response | object | null;
      try {
        if (read.error) throw read.error;
        const body = options.body ? parseOr400(options.body, read.value) : undefined;
        const query = options.query ? parseOr400(options.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined;
        const params = (await routeCtx?.params) ?? ({} as P);
        // PostgreSQL text cannot hold NUL: refuse it at the boundary rather than fail in the query.
        if (hasNul(params) || req.url.includes("%00") || (body !== undefined && hasNul(body))) {
          throw new AppError("BAD_REQUEST", "Text must not contain NUL characters");
        }
        result = await handler({ req, user, body: body as Infer<B>, query: query as Infer<Q>, params, ip, rateLimits });
      } catch (err) {
        // A 429 outranks whatever refused the request, as when the gate counts first.
        await countOnce(rateLimits);
        throw err;
      }
      await countOnce(rateLimits);
      // A route that may read the session (or writes) answers per person: never stored by anyone,
      // whatever the handler set. Only session-blind reads may be public (lib/http/public-response).
      const personal = mutating || options.auth !== "none";
      if (result instanceof Response) {
        if (personal) result.headers.set("Cache-Control", PRIVATE_NO_STORE);
        return result;
      }
      return NextResponse.json(result ?? { ok: true }, { headers: { "Cache-Control": PRIVATE_NO_STORE } });
    } catch (err) {
      return errorResponse(err, negotiateLocale(req.headers.get("accept-language")));
    }
  };
}

async function countOnce(pending: PendingRateLimits) {
  if (pending.counted) return;
  pending.counted = true;
  await enforceRateLimits(pending.hits);
}

function rateLimitHits(options: GateOptions<unknown, unknown>, method: string, ip: string, user: CurrentUser | null, raw: unknown): RateLimitHit[] {
  const hits: RateLimitHit[] = [];
  if (MUTATING.has(method)) {
    hits.push({ name: "MUTATION_IP", subject: ip });
    if (user) hits.push({ name: "MUTATION_USER", subject: user.id });
  }
  for (const rl of options.rateLimits ?? []) {
    if (rl.by === "email") {
      const email = user?.email ?? bodyEmail(raw);
      if (email) hits.push({ name: rl.name, subject: `email:${email.trim().toLowerCase()}` });
    } else {
      hits.push({ name: rl.name, subject: rl.by === "user" && user ? user.id : ip });
    }
  }
  return hits;
}

function bodyEmail(raw: unknown): string | null {
  const email = (raw as Record<string, unknown> | null)?.email;
  return typeof email === "string" && email.trim() ? email : null;
}

/**
 * Refuses writes that a browser made on another site's behalf. Sec-Fetch-Site is set by the
 * browser itself (no page can forge it), so where it is sent it decides: a page of ours with
 * `Referrer-Policy: no-referrer` (the cancel-link page) posts with `Origin: null`, and that is
 * still us. Browsers without Fetch Metadata are judged by Origin.
 */
function checkSameOrigin(req: Request) {
  const site = req.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw new AppError("FORBIDDEN", "Cross-site request refused");
  }
  const origin = req.headers.get("origin");
  if (origin === null) return;
  const allowed = new Set([appUrl(), new URL(req.url).origin]);
  const host = req.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  if (origin === "null" || !allowed.has(origin)) throw new AppError("FORBIDDEN", "Cross-site request refused");
}

async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON (Content-Type: application/json)");
  const text = await readCappedText(req, maxBytes);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON");
  }
}

function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  return false;
}
