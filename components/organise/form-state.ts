import { createActionInput, type ActionFields } from "@/lib/organise/action-schema";
import { currencyMinorUnits } from "@/lib/i18n/format";
import type { ChapterOption } from "@/lib/organise/form-options";

type Kind = ActionFields["kind"];
export type NeedRow = { id?: string; item: string; quantity: string; unit: string };
export type DropOffRow = { name: string; address: string; lat: number | null; lng: number | null; openingHours: string };
export type TargetRow = { name: string; kind: "BRAND" | "COMPANY" | "PRODUCT" | "VENUE"; reason: string; sourceUrls: string; alternatives: string };

/** What the inputs hold: text as typed, converted to the API's shape only when sending. */
export type FormState = {
  chapterId: string;
  kind: Kind;
  statementId: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Once the organiser picks a zone, choosing a place no longer changes it. */
  zoneTouched: boolean;
  mode: ActionFields["mode"];
  onlineUrl: string;
  venue: string;
  address: string;
  lat: number | null;
  lng: number | null;
  locationPrivacy: ActionFields["locationPrivacy"];
  revealHoursBefore: string;
  capacity: string;
  goal: string;
  currency: string;
  donationUrl: string;
  needs: NeedRow[];
  dropOffs: DropOffRow[];
  targets: TargetRow[];
  languages: string[];
  accessibilityNotes: string;
  legalObserver: string;
  safetyHotline: string;
  knowYourRightsUrl: string;
  safetyNotes: string;
  retentionDays: string;
  imagePath: string | null;
  repeat: "NONE" | "WEEKLY" | "MONTHLY";
  repeatCount: string;
};

export type SetForm = (patch: Partial<FormState>) => void;

const text = (v: string | null | undefined) => v ?? "";
const num = (v: string): number | null => (v.trim() === "" ? null : Number(v.replace(",", ".")));
const lines = (v: string) => v.split("\n").map((l) => l.trim()).filter(Boolean);

/** A week from now at 18:00–20:00: a sensible start that is always in the future. */
function defaultDay(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function emptyForm(chapter: ChapterOption | undefined, kind: Kind = "RALLY"): FormState {
  const day = defaultDay();
  return {
    chapterId: chapter?.id ?? "",
    kind,
    statementId: "",
    title: "",
    description: "",
    startsAt: `${day}T18:00`,
    endsAt: `${day}T20:00`,
    timeZone: chapter?.timeZone ?? "UTC",
    zoneTouched: false,
    mode: "IN_PERSON",
    onlineUrl: "",
    venue: "",
    address: "",
    lat: null,
    lng: null,
    locationPrivacy: "EXACT",
    revealHoursBefore: "24",
    capacity: "",
    goal: "",
    currency: "",
    donationUrl: "",
    needs: [],
    dropOffs: [],
    targets: [],
    languages: [],
    accessibilityNotes: "",
    legalObserver: "",
    safetyHotline: "",
    knowYourRightsUrl: "",
    safetyNotes: "",
    retentionDays: "30",
    imagePath: null,
    repeat: "NONE",
    repeatCount: "4",
  };
}

export function formFromFields(chapterId: string, f: ActionFields): FormState {
  const digits = f.currency ? currencyMinorUnits(f.currency) : 2;
  return {
    ...emptyForm(undefined, f.kind),
    chapterId,
    statementId: f.statementId,
    title: f.title,
    description: f.description,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    timeZone: f.timeZone,
    zoneTouched: true,
    mode: f.mode,
    onlineUrl: text(f.onlineUrl),
    venue: text(f.venue),
    address: text(f.address),
    lat: f.lat,
    lng: f.lng,
    locationPrivacy: f.locationPrivacy,
    revealHoursBefore: f.revealHoursBefore === null ? "24" : String(f.revealHoursBefore),
    capacity: f.capacity === null ? "" : String(f.capacity),
    goal: f.goalMinor === null ? "" : String(f.goalMinor / 10 ** digits),
    currency: text(f.currency),
    donationUrl: text(f.donationUrl),
    needs: f.needs.map((n) => ({ id: n.id, item: n.item, quantity: String(n.quantity), unit: text(n.unit) })),
    dropOffs: f.dropOffs.map((d) => ({ ...d, openingHours: text(d.openingHours) })),
    targets: f.targets.map((t) => ({ ...t, sourceUrls: t.sourceUrls.join("\n"), alternatives: t.alternatives.join("\n") })),
    languages: f.languages,
    accessibilityNotes: text(f.accessibilityNotes),
    legalObserver: text(f.legalObserver),
    safetyHotline: text(f.safetyHotline),
    knowYourRightsUrl: text(f.knowYourRightsUrl),
    safetyNotes: text(f.safetyNotes),
    retentionDays: String(f.retentionDays),
    imagePath: f.imagePath,
  };
}

/** The request body for POST /api/actions (PATCH sends the same minus chapterId and recurrence). */
export function toPayload(s: FormState) {
  const currency = s.currency.trim().toUpperCase();
  const goal = num(s.goal);
  return {
    chapterId: s.chapterId,
    kind: s.kind,
    statementId: s.statementId,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeZone: s.timeZone,
    mode: s.mode,
    onlineUrl: s.onlineUrl,
    venue: s.venue,
    address: s.address,
    lat: s.lat,
    lng: s.lng,
    locationPrivacy: s.locationPrivacy,
    revealHoursBefore: s.locationPrivacy === "REVEAL_TO_ATTENDEES" ? num(s.revealHoursBefore) : null,
    capacity: s.kind === "RALLY" ? num(s.capacity) : null,
    goalMinor: s.kind === "DONATION_DRIVE" && goal !== null ? Math.round(goal * 10 ** currencyMinorUnits(currency || "XXX")) : null,
    currency: s.kind === "DONATION_DRIVE" ? currency : null,
    donationUrl: s.kind === "DONATION_DRIVE" ? s.donationUrl : null,
    needs: s.kind === "DONATION_DRIVE" ? s.needs.map((n) => ({ ...(n.id ? { id: n.id } : {}), item: n.item, quantity: num(n.quantity), unit: n.unit })) : [],
    dropOffs: s.kind === "DONATION_DRIVE" ? s.dropOffs : [],
    targets: s.kind === "BOYCOTT" ? s.targets.map((t) => ({ ...t, sourceUrls: lines(t.sourceUrls), alternatives: lines(t.alternatives) })) : [],
    languages: s.languages,
    accessibilityNotes: s.accessibilityNotes,
    legalObserver: s.legalObserver,
    safetyHotline: s.safetyHotline,
    knowYourRightsUrl: s.knowYourRightsUrl,
    safetyNotes: s.safetyNotes,
    retentionDays: num(s.retentionDays),
    imagePath: s.imagePath,
    recurrence: s.repeat === "NONE" ? null : { freq: s.repeat, count: num(s.repeatCount) },
  };
}

/** The same schema as the server: field path → first catalogue key. */
export function validateForm(s: FormState): Record<string, string> {
  const result = createActionInput.safeParse(toPayload(s));
  const errors: Record<string, string> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.join(".") || "_";
      errors[key] ??= issue.message;
    }
  }
  return errors;
}

/** DOM id of a field's control, from its error path ("needs.0.item" → "f-needs-0-item"). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
