import { formatNumber, isolate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** The units the catalogues translate; anything else an organiser typed is shown as typed. */
const NEED_UNITS = ["kg", "litres", "tins", "pieces", "pairs", "kits", "packs", "sachets", "boxes", "bars", "tubes", "tablets"] as const;
type NeedUnit = (typeof NEED_UNITS)[number];

// Spellings organisers use for the same unit (singular, US spelling, abbreviations).
const ALIASES: Record<string, NeedUnit> = {
  kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg", kgs: "kg",
  l: "litres", litre: "litres", liter: "litres", liters: "litres", ltr: "litres",
  tin: "tins", can: "tins", cans: "tins",
  piece: "pieces", pcs: "pieces", pc: "pieces", items: "pieces",
  pair: "pairs", kit: "kits", pack: "packs", packet: "packs", packets: "packs",
  sachet: "sachets", box: "boxes", bar: "bars", tube: "tubes", tablet: "tablets",
};

/** The catalogue's unit for a stored unit string, or null when it is not one we translate. */
export function needUnit(raw: string | null): NeedUnit | null {
  if (!raw) return null;
  const key = raw.trim().toLowerCase().replace(/\.$/, "");
  return (NEED_UNITS as readonly string[]).includes(key) ? (key as NeedUnit) : (ALIASES[key] ?? null);
}

/** "200 kg" in the reader's language; a unit we do not know is kept as typed, isolated from the text around it. */
export function needQuantity(t: Translate, quantity: number, unit: string | null, locale: Locale): string {
  const known = needUnit(unit);
  if (known) return t(`action.needUnits.count.${known}`, { count: quantity });
  return unit ? t("action.drive.quantityUnit", { quantity: formatNumber(quantity, locale), unit: isolate(unit) }) : formatNumber(quantity, locale);
}

/** An item with its unit, for a list to choose from: "Rice (kg)". */
export function needLabel(t: Translate, item: string, unit: string | null): string {
  const known = needUnit(unit);
  const name = known ? t(`action.needUnits.name.${known}`) : unit;
  return name ? `${isolate(item)} (${isolate(name)})` : item;
}
