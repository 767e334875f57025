import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { passwordFitsBcrypt } from "./password";

/** Emails are compared lower-cased and trimmed everywhere (sign-in, magic links, accounts). */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const localeSchema = z.enum(LOCALES);

/** Only a path inside the app, under a locale: never another site (open redirect). */
export const callbackPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(en|id|es|fr|ar)(\/[^/\\][^\\]*)?$|^\/(en|id|es|fr|ar)\/?$/, "must be a path inside the app");

export const passwordSignInBody = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1000),
});

export const magicLinkBody = z.object({
  email: emailSchema,
  locale: localeSchema.default("en"),
  callbackUrl: callbackPathSchema.optional(),
});

export const okResponse = z.object({ ok: z.literal(true) });
export const magicLinkResponse = z.object({ ok: z.literal(true), message: z.string() });

export const newPasswordSchema = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200)
  .refine(passwordFitsBcrypt, "must be at most 72 bytes");

export const changePasswordBody = z.object({
  currentPassword: z.string().max(1000).optional(),
  newPassword: newPasswordSchema,
});

export const updateMeBody = z
  .object({
    name: z.string().trim().min(1).max(100).nullable().optional(),
    locale: localeSchema.optional(),
  })
  .refine((b) => b.name !== undefined || b.locale !== undefined, "nothing to change");

export const deleteMeBody = z.object({
  /** The account's email address, typed again: deleting cannot be undone. */
  confirm: z.string().trim().toLowerCase().min(1).max(254),
});

export const meResponse = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  locale: z.string(),
  role: z.enum(["USER", "ADMIN"]),
  hasPassword: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(
    z.object({ chapterId: z.string(), chapterSlug: z.string(), chapterName: z.string(), role: z.enum(["ORGANISER", "MEMBER"]) }),
  ),
});
export type MeDto = z.infer<typeof meResponse>;

export const sessionsResponse = z.object({
  sessions: z.array(z.object({ id: z.string(), createdAt: z.string(), expires: z.string(), current: z.boolean() })),
});
export const endedResponse = z.object({ ended: z.number().int() });
