import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth-options";
import { localeOfCallbackUrl, withRequestLocale } from "@/lib/auth/request-locale";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";

type Ctx = { params: Promise<{ nextauth: string[] }> };
type Handler = (req: Request, ctx: Ctx) => Promise<Response>;

// Built on first request, not at import: `next build` imports route modules without a database.
let handler: Handler | undefined;
const nextAuth = (): Handler => (handler ??= NextAuth(authOptions()) as Handler);

/**
 * Of next-auth's endpoints only the email callback (it turns a magic link into a session) and the
 * error redirect are used;
 * sign-in, sign-out and the rest are our own routes with our rate limits. Everything else is a
 * 404 here, answered before any body is read.
 */
export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  try {
    const path = (await ctx.params).nextauth ?? [];
    const emailCallback = path.length === 2 && path[0] === "callback" && path[1] === "email";
    // A failed callback redirects through next-auth's error endpoint to our translated error page.
    const errorRedirect = path.length === 1 && path[0] === "error";
    if (!emailCallback && !errorRedirect) throw new AppError("NOT_FOUND", "Not found");
    const locale = localeOfCallbackUrl(new URL(req.url).searchParams.get("callbackUrl"));
    return await withRequestLocale(locale, () => nextAuth()(req, ctx));
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(): Promise<Response> {
  return errorResponse(new AppError("NOT_FOUND", "Use POST /api/auth/password or /api/auth/magic-link"));
}
