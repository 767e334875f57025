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

/** next-auth's own endpoints: above all the email callback that turns a magic link into a session. */
export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  const locale = localeOfCallbackUrl(new URL(req.url).searchParams.get("callbackUrl"));
  try {
    return await withRequestLocale(locale, () => nextAuth()(req, ctx));
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  try {
    const [action, provider] = (await ctx.params).nextauth ?? [];
    // Links are requested only through POST /api/auth/magic-link, which applies our rate limits.
    if (action === "signin" && provider === "email") throw new AppError("NOT_FOUND", "Use POST /api/auth/magic-link");
    // next-auth parses JSON bodies itself and throws on bad ones: answer 400, not 500.
    if (/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
      try {
        JSON.parse(await req.clone().text());
      } catch {
        throw new AppError("BAD_REQUEST", "The body is not valid JSON");
      }
    }
    return await nextAuth()(req, ctx);
  } catch (err) {
    return errorResponse(err);
  }
}
