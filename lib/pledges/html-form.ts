import { z } from "zod";
import { formInt, formText, type HtmlFormSpec } from "../api/html-form";
import { toMinor } from "./amount";

/**
 * A pledge without JavaScript: money (in the drive's currency, typed as people write it) or items
 * from the needs list, chosen with `pledgeKind`. An amount that is not one is passed on as typed,
 * so the API's own validation names the field. The withdraw code goes by mail only.
 */
export const pledgeHtmlForm: HtmlFormSpec<Record<string, unknown>> = {
  name: "pledge",
  body: (f) => {
    const anonymous = f.get("anonymous") === "on";
    const who = { anonymous, displayName: anonymous ? undefined : formText(f, "displayName"), email: formText(f, "email"), locale: formText(f, "locale") };
    const currency = formText(f, "currency");
    if (f.get("pledgeKind") !== "item" && currency) {
      const amount = f.get("amount") ?? "";
      return { ...who, currency, amountMinor: toMinor(amount, currency) ?? (amount.trim() || undefined) };
    }
    return { ...who, needId: formText(f, "needId"), quantity: formInt(f, "quantity") };
  },
  outcome: (answer, _status, body) => ({ pledge: "1", ...(answer.cancelToken && body.email && !body.anonymous ? { mailed: "1" } : {}) }),
};

/** The plain form's fields, for the API document. */
export const pledgeFormFields = z.object({
  pledgeKind: z.enum(["money", "item"]),
  amount: z.string().optional().describe("As people type it: 12.50 or 12,50, in `currency`"),
  currency: z.string().optional(),
  needId: z.string().optional(),
  quantity: z.string().optional(),
  anonymous: z.literal("on").optional(),
  displayName: z.string().optional(),
  email: z.string().optional(),
  locale: z.string().optional(),
  back: z.string().describe("A page path such as /en/actions/{slug}"),
});
