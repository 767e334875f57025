import type { Translate } from "@/lib/i18n/translator";
import { signInErrorText } from "./sign-in-errors";

type Query = Record<string, string | string[] | undefined>;

/**
 * Why a sign-in form that was sent without JavaScript came back (the API's 303 names the error
 * in the query). With JavaScript the forms say it themselves and these parameters never appear.
 */
export function SignInNotice({ query, form, t }: { query: Query; form: "password" | "magicLink"; t: Translate }) {
  const code = query[`${form}Error`];
  if (typeof code !== "string") return null;
  const text = signInErrorText(t, form, code, Number(query.retry) || null);
  return (
    <p role="alert" className="auth-form-error">
      {text}
    </p>
  );
}
