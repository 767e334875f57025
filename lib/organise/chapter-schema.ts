import { z } from "zod";
import { E } from "./action-schema";

/** Chapter settings an organiser may change (trust and verification are the admins'). Browser-safe. */
export const chapterSettingsInput = z
  .object({
    name: z.string({ error: E.required }).trim().min(2, { error: E.tooShort }).max(120, { error: E.tooLong }),
    description: z.string({ error: E.invalid }).trim().max(5000, { error: E.tooLong }),
    contact: z
      .string({ error: E.invalid })
      .trim()
      .max(300, { error: E.tooLong })
      .nullish()
      .transform((v) => (v ? v : null)),
    city: z.string({ error: E.required }).trim().min(1, { error: E.required }).max(120, { error: E.tooLong }),
    countryCode: z
      .string({ error: E.invalid })
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => /^[A-Z]{2}$/.test(v), { error: "organise.errors.country" }),
    lat: z.number({ error: E.lat }).min(-90, { error: E.lat }).max(90, { error: E.lat }),
    lng: z.number({ error: E.lng }).min(-180, { error: E.lng }).max(180, { error: E.lng }),
  })
  .partial();
export type ChapterSettingsInput = z.output<typeof chapterSettingsInput>;

export const inviteInput = z.object({
  email: z
    .string({ error: E.required })
    .trim()
    .toLowerCase()
    .max(254, { error: E.tooLong })
    .pipe(z.email({ error: "organise.errors.email" })),
  name: z
    .string()
    .trim()
    .max(120, { error: E.tooLong })
    .nullish()
    .transform((v) => (v ? v : null)),
  locale: z.enum(["en", "id", "es", "fr", "ar"]).optional(),
});

export const removeMemberQuery = z.object({ userId: z.string({ error: E.required }).min(1, { error: E.required }).max(40) });

export const memberDto = z.object({ userId: z.string(), name: z.string().nullable(), role: z.enum(["ORGANISER", "MEMBER"]), since: z.string() });
