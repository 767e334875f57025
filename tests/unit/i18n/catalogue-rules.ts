import { IntlMessageFormat } from "intl-messageformat";

type Tree = { [key: string]: string | Tree };
type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

/** Text a reader reads, outside placeholders: a message of placeholders and punctuation ("{n} km") is the same everywhere. */
const hasWords = (message: string) => /\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, "").replace(/\b(km|kg|mobilise)\b/g, ""));

/** Every message of a catalogue by its dotted key. */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function shape(message: string, locale: string): { args: string[]; plurals: string[][] } {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      if (el.type !== 0 && el.type !== 7 && typeof el.value === "string") args.add(el.value);
      if (!el.options) continue;
      // 6 = plural (cardinal); select branches are the catalogue's own choice.
      if (el.type === 6) plurals.push(Object.keys(el.options));
      for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as Element[]);
  return { args: [...args].sort(), plurals };
}

/**
 * What is wrong with one language's catalogue against English: a missing or extra key, a message
 * ICU cannot parse, placeholders other than English's, a plural without a category the
 * language's plural rules use, or a message left in English whose text is not on the allow-list
 * (words the language shares with English, such as "Description" in French).
 */
export function catalogueProblems(english: Tree, translated: Tree, locale: string, sameAsEnglish: ReadonlySet<string> = new Set()): string[] {
  const en = flatten(english);
  const other = flatten(translated);
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const key of other.keys()) if (!en.has(key)) problems.push(`${locale} ${key}: not in English`);
  for (const [key, source] of en) {
    const message = other.get(key);
    if (message === undefined) {
      problems.push(`${locale} ${key}: missing`);
      continue;
    }
    if (locale !== "en" && message === source && hasWords(source) && !sameAsEnglish.has(message)) problems.push(`${locale} ${key}: still the English text`);
    let mine: ReturnType<typeof shape>;
    try {
      mine = shape(message, locale);
    } catch (e) {
      problems.push(`${locale} ${key}: ICU syntax error (${(e as Error).message.split("\n")[0]})`);
      continue;
    }
    const theirs = shape(source, "en");
    if (mine.args.join() !== theirs.args.join()) problems.push(`${locale} ${key}: placeholders {${mine.args.join("}, {")}} ≠ English {${theirs.args.join("}, {")}}`);
    for (const branches of mine.plurals) {
      const lacking = needed.filter((c) => !branches.includes(c));
      if (lacking.length) problems.push(`${locale} ${key}: plural lacks ${lacking.join(", ")}`);
    }
  }
  return problems;
}
