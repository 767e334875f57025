import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "./locales";
import type { Messages } from "./messages";

/** Dotted paths to every message: "home.title", "actions.going", … */
export type MessageKey = Paths<Messages>;
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

type Compiled = { format: IntlMessageFormat; args: Set<string>; selectors: Set<string> };
type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

/** Every argument a message names, and those that choose a plural or select branch (they must reach ICU as numbers). */
function argumentNames(elements: Element[], found: Pick<Compiled, "args" | "selectors"> = { args: new Set(), selectors: new Set() }) {
  for (const el of elements) {
    // Literal text (0) and the plural's # (7) carry no name of their own.
    if (el.type !== 0 && el.type !== 7 && typeof el.value === "string") found.args.add(el.value);
    if (!el.options) continue;
    if (typeof el.value === "string") found.selectors.add(el.value);
    for (const option of Object.values(el.options)) argumentNames(option.value, found);
  }
  return found;
}

/**
 * A translator over catalogues it is handed (ICU MessageFormat, compiled once per message). It
 * imports no catalogue itself, so the browser bundle carries only the messages the server passes
 * down (see client-messages.ts). A plain `{n}` argument that is a number is written the locale's
 * way, as ICU's `#` is inside a plural.
 */
export function translator(locale: Locale, messages: unknown, fallback?: unknown): Translate {
  const numbers = new Intl.NumberFormat(locale);
  const compiled = new Map<string, Compiled>();
  return (key, vars = {}) => {
    let entry = compiled.get(key);
    if (!entry) {
      const source = lookup(messages, key) ?? lookup(fallback, key);
      if (source === undefined) return key;
      const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      entry = { format, ...argumentNames(format.getAst() as Element[]) };
      compiled.set(key, entry);
    }
    const values: Vars = {};
    // An argument the caller did not give shows as its placeholder, as it always has, rather than failing the page.
    for (const name of entry.args) values[name] = `{${name}}`;
    for (const [name, value] of Object.entries(vars)) values[name] = typeof value === "number" && !entry.selectors.has(name) ? numbers.format(value) : value;
    return String(entry.format.format(values));
  };
}
