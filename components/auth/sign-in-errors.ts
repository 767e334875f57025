import type { Translate } from "@/lib/i18n/translator";

/**
 * Why signing in failed, in words, from the API's error code: the same sentence whether the form
 * heard it by fetch (JavaScript) or read it back from the URL (a plain form's 303).
 */
export function signInErrorText(t: Translate, form: "password" | "magicLink", code: string, retrySeconds?: number | null): string {
  if (code === "UNAUTHENTICATED" && form === "password") return t("auth.signIn.invalid");
  if (code === "RATE_LIMITED") return t("auth.signIn.rateLimited", { minutes: retrySeconds && retrySeconds > 0 ? Math.max(1, Math.ceil(retrySeconds / 60)) : 15 });
  if (code === "VALIDATION") return t("auth.signIn.emailInvalid");
  return t("auth.signIn.failed");
}
