import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/next-auth-options";
import { localeOfCallbackUrl, withRequestLocale } from "@/lib/auth/request-locale";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Built on first request, not at import: `next build` imports route modules without a database.
type Handler = (req: Request, ctx: Ctx) => Promise<Response>;
let handler: Handler | undefined;
const nextAuth = (): Handler => (handler ??= NextAuth(authOptions()) as Handler);

/** next-auth's own endpoints: above all the email callback that turns a magic link into a session. */
export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  const locale = localeOfCallbackUrl(new URL(req.url).searchParams.get("callbackUrl"));
  return withRequestLocale(locale, () => nextAuth()(req, ctx));
}

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  // Links are requested only through POST /api/auth/magic-link, which applies our rate limits.
  if (action === "signin" && provider === "email") {
    return NextResponse.json(
      { error: { code: "NOT_FOUND", message: "Use POST /api/auth/magic-link" } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  return nextAuth()(req, ctx);
}
