import { z } from "zod";
import { publicActionItem } from "../actions/public-dto";

export const chapterSummary = z.object({
  slug: z.string(),
  name: z.string(),
  city: z.string(),
  countryCode: z.string(),
  lat: z.number(),
  lng: z.number(),
  verified: z.boolean(),
  upcomingCount: z.number().int(),
});
export type ChapterSummary = z.infer<typeof chapterSummary>;

export const chapterDetail = chapterSummary.extend({
  description: z.string(),
  contact: z.string().nullable(),
  endorsedStatements: z.array(z.object({ slug: z.string(), title: z.string() })),
  /** Its published actions that have not ended, soonest first (at most 100). */
  upcomingActions: z.array(publicActionItem),
});
export type ChapterDetail = z.infer<typeof chapterDetail>;
