import type { Locale } from "./locales";
import type { Messages } from "./messages";

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Leaf = string | Plural;

/** Dotted paths to every message: "home.title", "actions.going", … */
export type MessageKey = Paths<Messages>;
type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? `${P}${K}`
      : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

function lookup(messages: unknown, key: string): Leaf | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || (node && typeof node === "object" && "other" in node) ? (node as Leaf) : undefined;
}

/**
 * A translator over catalogues it is handed. It imports no catalogue itself, so the browser
 * bundle carries only the messages the server passes down (see client-messages.ts).
 */
export function translator(locale: Locale, messages: unknown, fallback?: unknown): Translate {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const leaf = lookup(messages, key) ?? lookup(fallback, key) ?? key;
    const template =
      typeof leaf === "string" ? leaf : (leaf[plurals.select(Number(vars.count ?? 0))] ?? leaf.other);
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = vars[name];
      if (value === undefined) return match;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
