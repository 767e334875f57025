import { z } from "zod";
import { actionKind } from "../actions/public-dto";

export const statementSummary = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Language of the text returned; differs from the requested one when `isFallback`. */
  locale: z.string(),
  isFallback: z.boolean(),
  sourceLocale: z.string(),
  availableLocales: z.array(z.string()),
  publishedAt: z.string().nullable(),
  actionCount: z.number().int(),
  chapterCount: z.number().int(),
});
export type StatementSummary = z.infer<typeof statementSummary>;

export const statementPoint = z.object({
  id: z.string(),
  slug: z.string(),
  kind: actionKind,
  title: z.string(),
  startsAt: z.string(),
  timeZone: z.string(),
  lat: z.number(),
  lng: z.number(),
});

export const statementResponsePanel = z.object({
  actionsByKind: z.object({ RALLY: z.number().int(), DONATION_DRIVE: z.number().int(), BOYCOTT: z.number().int() }),
  peopleGoing: z.number().int(),
  moneyPledged: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
  itemsPledged: z.number().int(),
  boycottCommitments: z.number().int(),
  countriesReached: z.number().int(),
  countries: z.array(z.string()),
});
export type StatementResponsePanel = z.infer<typeof statementResponsePanel>;

export const statementDetail = statementSummary.omit({ actionCount: true, chapterCount: true }).extend({
  /** The text is a translation made from an older version of the source text. */
  outdated: z.boolean(),
  /** The translator's display name, when they chose to be credited. */
  translatedBy: z.string().nullable(),
  body: z.string(),
  demands: z.array(z.string()),
  reference: z.string(),
  endorsingChapters: z.array(z.object({ slug: z.string(), name: z.string(), city: z.string(), countryCode: z.string() })),
  response: statementResponsePanel,
  /** Public points of its published actions (at most 2,000, latest first) for the statement's map. */
  points: z.array(statementPoint),
});
export type StatementDetail = z.infer<typeof statementDetail>;
