import type { Locale } from "./locales";
import { catalogues } from "./messages";
import { translator, type Translate } from "./translator";

export type { MessageKey, Translate, Vars } from "./translator";

/** Server-side translator: every catalogue is at hand, so a missing message falls back to English. */
export function createTranslator(locale: Locale): Translate {
  return translator(locale, catalogues[locale], catalogues.en);
}
