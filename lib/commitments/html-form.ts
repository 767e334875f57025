import { formText, type HtmlFormSpec } from "../api/html-form";

/**
 * "I'm boycotting" without JavaScript: signed in, or with an email (the withdraw link comes by
 * mail), or as a bare headcount. The page learns that it worked and whether a mail went out.
 */
export const commitmentHtmlForm: HtmlFormSpec<{ email?: string; locale?: string }> = {
  name: "commitment",
  body: (f) => ({ email: formText(f, "email"), locale: formText(f, "locale") }),
  outcome: (answer, status, body) => ({
    commitment: "1",
    ...(answer.cancelToken && body.email ? { mailed: "1" } : {}),
    ...(status === 200 ? { again: "1" } : {}),
  }),
};
