import type { Locale } from "./locales";
import { catalogues, type Messages } from "./messages";

export type Namespace = keyof Messages;
/** A whole namespace, or one group inside one ("admin.forbidden"). */
export type MessagePath = Namespace | `${Namespace}.${string}`;
export type ClientMessages = Partial<Messages>;

/**
 * What every page's client components translate. The admin area and the organiser pages add their
 * own namespace in their layouts (the 403 page needs only admin.forbidden); mail never reaches a browser.
 */
export const SHARED_CLIENT_MESSAGES: readonly MessagePath[] = [
  "common", "home", "discover", "action", "statement", "chapter", "auth", "account", "rsvp", "pledge", "commitment", "report", "admin.forbidden",
];

/** The reader's language over English, key by key: what createTranslator's fallback does, precomputed. */
export function withFallback(messages: unknown, fallback: unknown): unknown {
  if (typeof messages === "string") return messages;
  if (messages === undefined || messages === null) return fallback;
  if (!fallback || typeof fallback !== "object") return messages;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(fallback), ...Object.keys(messages)])) {
    out[key] = withFallback((messages as Record<string, unknown>)[key], (fallback as Record<string, unknown>)[key]);
  }
  return out;
}

/**
 * What client components may translate with: only the parts asked for, in one language with
 * the English fallback already merged in. Called by server layouts, passed down as a plain object,
 * so the browser never downloads the catalogues of all five languages.
 */
export function clientMessages(locale: Locale, paths: readonly MessagePath[]): ClientMessages {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const parts = path.split(".");
    const last = parts.pop()!;
    let target = out;
    for (const part of parts) target = (target[part] ??= {}) as Record<string, unknown>;
    const english = at(catalogues.en, path);
    target[last] = locale === "en" ? english : withFallback(at(catalogues[locale], path), english);
  }
  return out as ClientMessages;
}

function at(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}
