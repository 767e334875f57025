import type { Widen } from "./messages/types";
import { en } from "./messages/en";
import { id } from "./messages/id";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ar } from "./messages/ar";
import type { Locale } from "./locales";

export type Messages = Widen<typeof en>;
export const catalogues: Record<Locale, Messages> = { en, id, es, fr, ar };
