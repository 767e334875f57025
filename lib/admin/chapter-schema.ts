import { z } from "zod";

/** The trust ladder: new → verified → trusted. Trusted chapters publish without review. */
export const trustLevel = z.enum(["NEW", "VERIFIED", "TRUSTED"]);
export type TrustLevel = z.infer<typeof trustLevel>;

export function trustOf(c: { verified: boolean; trusted: boolean }): TrustLevel {
  return c.trusted ? "TRUSTED" : c.verified ? "VERIFIED" : "NEW";
}

export function flagsFor(level: TrustLevel): { verified: boolean; trusted: boolean } {
  return { verified: level !== "NEW", trusted: level === "TRUSTED" };
}

const fields = {
  slug: z.string().trim().toLowerCase().min(2).max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and dashes"),
  name: z.string().trim().min(2).max(120),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Two-letter country code"),
  city: z.string().trim().min(1).max(120),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  description: z.string().trim().max(5000),
  contact: z.string().trim().max(300).nullable(),
  trust: trustLevel,
};

export const createChapterBody = z.object({
  ...fields,
  description: fields.description.default(""),
  contact: fields.contact.optional(),
  trust: fields.trust.default("NEW"),
});
export type CreateChapterBody = z.infer<typeof createChapterBody>;

export const updateChapterBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "Nothing to change" });
export type UpdateChapterBody = z.infer<typeof updateChapterBody>;

export const adminChapter = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  countryCode: z.string(),
  city: z.string(),
  lat: z.number(),
  lng: z.number(),
  description: z.string(),
  contact: z.string().nullable(),
  trust: trustLevel,
  organisers: z.number().int(),
  actions: z.number().int(),
});
export type AdminChapter = z.infer<typeof adminChapter>;
