import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { translationInput } from "../admin/statement-schema";

export const translationLocale = z.enum(LOCALES);

/** A translator's text for one language; the language comes from the URL. */
export const submitTranslationBody = translationInput.omit({ locale: true }).extend({
  /** Show "translated by <display name>" on the public page. */
  credit: z.boolean().default(false),
});
export type SubmitTranslationBody = z.infer<typeof submitTranslationBody>;

export const rejectSubmissionBody = z.object({ note: z.string().trim().min(1).max(2000) });

export const languageSettingsBody = z.object({ peerReview: z.boolean() });

export const workQuery = z.object({ locale: translationLocale.optional() });

const submission = z.object({
  id: z.string(),
  locale: z.string(),
  title: z.string(),
  translator: z.string().nullable(),
  mine: z.boolean(),
  canReview: z.boolean(),
  sourceRevision: z.number().int(),
  createdAt: z.string(),
});

export const translationWork = z.object({
  locales: z.array(z.object({ locale: z.string(), peerReview: z.boolean(), canReview: z.boolean() })),
  statements: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      status: z.enum(["DRAFT", "PUBLISHED"]),
      sourceLocale: z.string(),
      sourceRevision: z.number().int(),
      languages: z.array(z.object({ locale: z.string(), state: z.enum(["missing", "outdated", "current", "source"]), submissions: z.array(submission) })),
    }),
  ),
});
export type TranslationWork = z.infer<typeof translationWork>;

export const submissionResult = z.object({ id: z.string(), status: z.enum(["SUBMITTED", "PUBLISHED", "REJECTED"]) });
