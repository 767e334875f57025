import type { Translate } from "@/lib/i18n/translator";

type Query = Record<string, string | string[] | undefined>;

/**
 * Why a sign-in form that was sent without JavaScript came back (the API's 303 names the error
 * in the query). With JavaScript the forms say it themselves and these parameters never appear.
 */
export function SignInNotice({ query, form, t }: { query: Query; form: "password" | "magicLink"; t: Translate }) {
  const code = query[`${form}Error`];
  if (typeof code !== "string") return null;
  const retry = Number(query.retry);
  const text =
    code === "UNAUTHENTICATED" && form === "password"
      ? t("auth.signIn.invalid")
      : code === "RATE_LIMITED"
        ? t("auth.signIn.rateLimited", { minutes: Number.isFinite(retry) && retry > 0 ? Math.max(1, Math.ceil(retry / 60)) : 15 })
        : code === "VALIDATION"
          ? t("auth.signIn.emailInvalid")
          : t("auth.signIn.failed");
  return (
    <p role="alert" className="auth-form-error">
      {text}
    </p>
  );
}
