import { en } from "./messages/en";
import { id } from "./messages/id";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ar } from "./messages/ar";
import { tl } from "./messages/tl";
import { zhHant } from "./messages/zh-Hant";
import { pt } from "./messages/pt";
import type { Locale } from "./locales";

/**
 * A catalogue's shape, taken from the English JSON files: TypeScript then refuses a language
 * that lacks a key (each locale's index.ts is typed with it).
 */
export type Messages = typeof en;
export const catalogues: Record<Locale, Messages> = { en, id, es, fr, ar, tl, "zh-Hant": zhHant, pt };
