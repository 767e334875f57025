// Arabic letters people type interchangeably: alef maqsura for yeh, teh marbuta for heh, and the
// tatweel (a stretching stroke) that carries no letter at all.
const ARABIC = /[\u0649\u0629\u0640]/g;
const ASCII = /^[\x00-\x7f]*$/;
const ARABIC_MAP: Record<string, string> = { "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": "" };

/**
 * The search key of a name in any script: compatibility-decomposed (full-width forms, ligatures),
 * marks stripped (accents, Arabic vowel signs, hamza seats), case-folded (upper then lower turns
 * ß into ss and final sigma into sigma), punctuation and spacing collapsed to one space. So
 * "SÃO-PAULO" finds São Paulo, "londres" Londres and "هونج" with or without vowels the same town.
 */
export function foldName(text: string): string {
  // Most GeoNames spellings are plain ASCII: the same result without the Unicode passes.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(ARABIC, (c) => ARABIC_MAP[c] ?? c)
    .toUpperCase()
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, " ")
    .trim();
}
