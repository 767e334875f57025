import { languageName } from "../discovery-ui/language-name";
import type { Locale } from "../i18n/locales";

/**
 * Languages the alliance's chapters organise in, ticked in the action form instead of typed as
 * codes. The first group is shown as checkboxes, the rest behind "Another language". Names are
 * made here on the server: browsers' ICU data differ from Node's, and a name that differs
 * between the two would break hydration.
 */
const COMMON = ["en", "tl", "id", "zh", "yue", "ar", "es", "pt", "fr", "ne", "hi", "si", "ko", "ja", "th", "vi"];
const MORE = [
  "am", "bn", "de", "fa", "it", "jv", "km", "ku", "ml", "mr", "ms", "my", "nl", "pa", "pl", "ps",
  "ro", "ru", "so", "sw", "ta", "te", "ti", "tr", "uk", "ur",
];

export type LanguageOption = { code: string; name: string };

const named = (codes: string[], locale: Locale) =>
  codes.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));

/** `selected` codes in neither list (stored before, or from the API) join the checkboxes, so editing never drops them. */
export function languageOptions(locale: Locale, selected: string[] = []): { common: LanguageOption[]; more: LanguageOption[] } {
  const extra = selected.filter((code) => !COMMON.includes(code) && !MORE.includes(code));
  return { common: named([...COMMON, ...extra], locale), more: named(MORE, locale) };
}
