import { z } from "zod";
import { LOCALES } from "../i18n/locales";

export const statementLocale = z.enum(LOCALES);

export const translationInput = z.object({
  locale: statementLocale,
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(2000).default(""),
  /** Markdown; rendered (sanitised) by the public statement page. */
  body: z.string().trim().min(1).max(100_000),
  demands: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
});

const slug = z.string().trim().toLowerCase().min(2).max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and dashes");

const uniqueLocales = (list: { locale: string }[]) => new Set(list.map((t) => t.locale)).size === list.length;

export const createStatementBody = z
  .object({
    slug,
    sourceLocale: statementLocale.default("en"),
    reference: z.string().trim().max(300).default(""),
    translations: z.array(translationInput).min(1).max(LOCALES.length),
  })
  .refine((b) => uniqueLocales(b.translations), { message: "One translation per language", path: ["translations"] })
  .refine((b) => b.translations.some((t) => t.locale === b.sourceLocale), {
    message: "Include the text in the source language",
    path: ["translations"],
  });
export type CreateStatementBody = z.infer<typeof createStatementBody>;

export const updateStatementBody = z
  .object({
    slug: slug.optional(),
    sourceLocale: statementLocale.optional(),
    reference: z.string().trim().max(300).optional(),
    status: z.enum(["DRAFT", "PUBLISHED"]).optional(),
    /** Upserted by locale; languages not listed are left as they are. */
    translations: z.array(translationInput).max(LOCALES.length).optional(),
    removeTranslations: z.array(statementLocale).max(LOCALES.length).optional(),
    endorsements: z.array(z.object({ chapterId: z.string().min(1).max(100), endorsed: z.boolean() })).max(500).optional(),
  })
  .refine((b) => !b.translations || uniqueLocales(b.translations), { message: "One translation per language", path: ["translations"] })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "Nothing to change" });
export type UpdateStatementBody = z.infer<typeof updateStatementBody>;

export const adminTranslation = z.object({
  locale: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  demands: z.array(z.string()),
  updatedAt: z.string(),
});

export const adminStatement = z.object({
  id: z.string(),
  slug: z.string(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  sourceLocale: z.string(),
  reference: z.string(),
  publishedAt: z.string().nullable(),
  translations: z.array(adminTranslation),
  endorsedChapterIds: z.array(z.string()),
  actions: z.number().int(),
});
export type AdminStatement = z.infer<typeof adminStatement>;
