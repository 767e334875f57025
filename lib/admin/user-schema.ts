import { z } from "zod";
import { LOCALES } from "../i18n/locales";

export const userSearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(100).optional(),
});
export type UserSearchQuery = z.infer<typeof userSearchQuery>;

export const updateUserBody = z
  .object({
    role: z.enum(["USER", "ADMIN"]).optional(),
    suspended: z.boolean().optional(),
    /** Make or unmake a chapter organiser; NONE removes the membership altogether. */
    chapter: z.object({ chapterId: z.string().min(1).max(100), role: z.enum(["ORGANISER", "MEMBER", "NONE"]) }).optional(),
    /** Translate statements into one language (REVIEWER: and publish others' work there, where the language allows it). */
    translator: z.object({ locale: z.enum(LOCALES), role: z.enum(["TRANSLATOR", "REVIEWER", "NONE"]) }).optional(),
  })
  .refine((b) => b.role !== undefined || b.suspended !== undefined || b.chapter !== undefined || b.translator !== undefined, { message: "Nothing to change" });
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const adminUser = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(["USER", "ADMIN"]),
  locale: z.string(),
  suspendedAt: z.string().nullable(),
  createdAt: z.string(),
  memberships: z.array(z.object({ chapterId: z.string(), chapterName: z.string(), role: z.enum(["ORGANISER", "MEMBER"]) })),
  translatorLanguages: z.array(z.object({ locale: z.string(), canReview: z.boolean() })),
});
export type AdminUser = z.infer<typeof adminUser>;

export const userSearchResponse = z.object({ items: z.array(adminUser), nextCursor: z.string().nullable() });
export type UserSearchResponse = z.infer<typeof userSearchResponse>;
