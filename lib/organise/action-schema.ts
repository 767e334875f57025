import { z } from "zod";
import { isKnownTimeZone, isWallTime, wallTimeToFloating } from "./zoned-time";

/**
 * The action form, shared by the browser (validation as you type) and the server (the same
 * rules again, authoritative). No server-only imports here. Every message is a catalogue key
 * under organise.errors so the browser shows it in the reader's language.
 */
export const E = {
  required: "organise.errors.required",
  invalid: "organise.errors.invalid",
  tooLong: "organise.errors.tooLong",
  tooShort: "organise.errors.tooShort",
  wallTime: "organise.errors.wallTime",
  endBeforeStart: "organise.errors.endBeforeStart",
  timeZone: "organise.errors.timeZone",
  url: "organise.errors.url",
  lat: "organise.errors.lat",
  lng: "organise.errors.lng",
  location: "organise.errors.locationRequired",
  onlineUrl: "organise.errors.onlineUrlRequired",
  capacity: "organise.errors.capacity",
  capacityBelowGoing: "organise.errors.capacityBelowGoing",
  currency: "organise.errors.currency",
  currencyRequired: "organise.errors.currencyRequired",
  positive: "organise.errors.positive",
  targetsRequired: "organise.errors.targetsRequired",
  retention: "organise.errors.retention",
  language: "organise.errors.language",
  image: "organise.errors.image",
  statement: "organise.errors.statementUnpublished",
} as const;

export type ErrorKey = (typeof E)[keyof typeof E];

/** Optional text: "" from an empty input means "not set". */
const optionalText = (max: number) =>
  z
    .string({ error: E.invalid })
    .trim()
    .max(max, { error: E.tooLong })
    .nullish()
    .transform((v) => (v ? v : null));

const text = (min: number, max: number) =>
  z
    .string({ error: E.required })
    .trim()
    .refine((v) => v.length >= min, { error: (issue) => (issue.input === "" ? E.required : E.tooShort) })
    .max(max, { error: E.tooLong });

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
}

const httpUrl = z.string({ error: E.url }).trim().max(2000, { error: E.tooLong }).refine(isHttpUrl, { error: E.url });
const optionalUrl = z
  .union([z.literal(""), httpUrl], { error: E.url })
  .nullish()
  .transform((v) => (v ? v : null));

const lat = z.number({ error: E.lat }).min(-90, { error: E.lat }).max(90, { error: E.lat });
const lng = z.number({ error: E.lng }).min(-180, { error: E.lng }).max(180, { error: E.lng });
const count = (max: number) => z.number({ error: E.invalid }).int({ error: E.invalid }).min(1, { error: E.positive }).max(max, { error: E.invalid });

let currencies: Set<string> | null | undefined;
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (currencies === undefined) {
    try {
      currencies = new Set(Intl.supportedValuesOf("currency"));
    } catch {
      currencies = null;
    }
  }
  return currencies ? currencies.has(code) : true;
}

export const UPLOAD_PATH = /^\/api\/uploads\/[a-f0-9]{32}\.webp$/;

export const needInput = z.object({
  /** Present for needs already saved: they keep their pledges. */
  id: z.string().max(40).optional(),
  item: text(1, 120),
  quantity: count(1_000_000),
  unit: optionalText(40),
});

export const dropOffInput = z.object({
  name: text(1, 120),
  address: text(1, 300),
  lat,
  lng,
  openingHours: optionalText(200),
});

export const targetInput = z.object({
  name: text(1, 120),
  kind: z.enum(["BRAND", "COMPANY", "PRODUCT", "VENUE"], { error: E.invalid }),
  reason: text(1, 2000),
  sourceUrls: z.array(httpUrl).max(10, { error: E.tooLong }).default([]),
  alternatives: z.array(text(1, 120)).max(10, { error: E.tooLong }).default([]),
});

/** Every field of an action as the form and the API send it; times are wall times in `timeZone`. */
const shape = {
  kind: z.enum(["RALLY", "DONATION_DRIVE", "BOYCOTT"], { error: E.required }),
  /** The statement's id or its slug (as the public API shows it). */
  statementId: z.string({ error: E.required }).min(1, { error: E.required }).meta({ description: "The statement answered: its id or its slug" }),
  title: text(3, 140),
  description: z.string({ error: E.invalid }).max(20_000, { error: E.tooLong }),
  startsAt: z.string({ error: E.required }).refine(isWallTime, { error: E.wallTime }),
  endsAt: z.string({ error: E.required }).refine(isWallTime, { error: E.wallTime }),
  timeZone: z.string({ error: E.timeZone }).refine(isKnownTimeZone, { error: E.timeZone }),
  mode: z.enum(["IN_PERSON", "ONLINE", "HYBRID"], { error: E.required }),
  onlineUrl: optionalUrl,
  venue: optionalText(200),
  address: optionalText(300),
  lat: lat.nullish().transform((v) => v ?? null),
  lng: lng.nullish().transform((v) => v ?? null),
  locationPrivacy: z.enum(["EXACT", "APPROXIMATE", "REVEAL_TO_ATTENDEES"], { error: E.invalid }),
  revealHoursBefore: z.number({ error: E.invalid }).int({ error: E.invalid }).min(0, { error: E.invalid }).max(168, { error: E.invalid }).nullish().transform((v) => v ?? null),
  capacity: count(100_000).nullish().transform((v) => v ?? null),
  goalMinor: z.number({ error: E.invalid }).int({ error: E.invalid }).min(1, { error: E.positive }).max(1e12, { error: E.invalid }).nullish().transform((v) => v ?? null),
  currency: z
    .string({ error: E.currency })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === "" || isCurrency(v), { error: E.currency })
    .nullish()
    .transform((v) => (v ? v : null)),
  donationUrl: optionalUrl,
  needs: z.array(needInput).max(50, { error: E.tooLong }),
  dropOffs: z.array(dropOffInput).max(20, { error: E.tooLong }),
  targets: z.array(targetInput).max(20, { error: E.tooLong }),
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: E.language })).max(12, { error: E.tooLong }),
  accessibilityNotes: optionalText(2000),
  legalObserver: optionalText(200),
  safetyHotline: optionalText(60),
  knowYourRightsUrl: optionalUrl,
  safetyNotes: optionalText(2000),
  retentionDays: z.number({ error: E.retention }).int({ error: E.retention }).min(0, { error: E.retention }).max(3650, { error: E.retention }),
  imagePath: z
    .string({ error: E.image })
    .regex(UPLOAD_PATH, { error: E.image })
    .nullish()
    .transform((v) => v ?? null),
};

/** Defaults for fields a create may leave out; a PATCH never applies them (absent = unchanged). */
export const actionFields = z.object({
  ...shape,
  description: shape.description.default(""),
  mode: shape.mode.default("IN_PERSON"),
  locationPrivacy: shape.locationPrivacy.default("EXACT"),
  needs: shape.needs.default([]),
  dropOffs: shape.dropOffs.default([]),
  targets: shape.targets.default([]),
  languages: shape.languages.default([]),
  retentionDays: shape.retentionDays.default(30),
});

export type ActionFields = z.output<typeof actionFields>;

/** Rules that tie fields together; the server adds the one that needs the database (capacity). */
export function checkActionRules(v: ActionFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: ErrorKey) => ctx.addIssue({ code: "custom", path: [path], message });
  const start = wallTimeToFloating(v.startsAt);
  const end = wallTimeToFloating(v.endsAt);
  if (start !== null && end !== null && end <= start) issue("endsAt", E.endBeforeStart);
  if (v.mode !== "ONLINE" && (v.lat === null || v.lng === null)) issue("location", E.location);
  if (v.mode !== "IN_PERSON" && !v.onlineUrl) issue("onlineUrl", E.onlineUrl);
  if (v.goalMinor !== null && !v.currency) issue("currency", E.currencyRequired);
  if (v.kind === "BOYCOTT" && v.targets.length === 0) issue("targets", E.targetsRequired);
}

export const recurrenceInput = z.object({
  freq: z.enum(["WEEKLY", "MONTHLY"], { error: E.invalid }),
  count: z.number({ error: E.invalid }).int({ error: E.invalid }).min(2, { error: E.invalid }).max(26, { error: E.invalid }),
});

/** POST /api/actions: the fields plus where it belongs and, optionally, how it repeats. */
export const createActionInput = actionFields
  .extend({
    chapterId: z.string({ error: E.required }).min(1, { error: E.required }).meta({ description: "The chapter: its id or its slug" }),
    recurrence: recurrenceInput.nullish().transform((v) => v ?? null),
    /** Submit for review (or publish, for a trusted chapter) in the same request as the save. */
    submit: z.boolean({ error: E.invalid }).optional(),
  })
  .superRefine(checkActionRules);
export type CreateActionInput = z.output<typeof createActionInput>;

/** PATCH /api/actions/[id]: any subset; the service merges it with the stored action and re-checks everything. */
export const updateActionInput = z.object(shape).partial();
export type UpdateActionInput = z.output<typeof updateActionInput>;

/** What the server validates after merging a PATCH into the stored row. */
export const actionInput = actionFields.superRefine(checkActionRules);
