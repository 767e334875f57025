import { useMemo, useSyncExternalStore } from "react";

/**
 * Guest and headcount participants have no account: the browser keeps the cancel code it was
 * given, per action. Nothing else about them is stored anywhere.
 */
export type StoredCode = { id: string; token: string; email?: string };
export type CodeKind = "rsvp" | "commitment";

const key = (kind: CodeKind, actionId: string) => `mobilise:${kind}:${actionId}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readRaw(k: string): string | null {
  try {
    return window.localStorage.getItem(k);
  } catch {
    return null;
  }
}

function parse(raw: string | null): StoredCode | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as StoredCode;
    return typeof v?.id === "string" && typeof v?.token === "string" ? v : null;
  } catch {
    return null;
  }
}

/** The stored code, or null; null during server rendering so hydration always matches. */
export function useStoredCode(kind: CodeKind, actionId: string): { code: StoredCode | null; ready: boolean } {
  const k = key(kind, actionId);
  const raw = useSyncExternalStore(subscribe, () => readRaw(k) ?? "", () => null);
  return useMemo(() => ({ code: parse(raw || null), ready: raw !== null }), [raw]);
}

export function saveCode(kind: CodeKind, actionId: string, code: StoredCode) {
  try {
    window.localStorage.setItem(key(kind, actionId), JSON.stringify(code));
  } catch {
    // Private mode or full storage: guests still have the cancel link in their mail.
  }
  listeners.forEach((l) => l());
}

export function clearCode(kind: CodeKind, actionId: string) {
  try {
    window.localStorage.removeItem(key(kind, actionId));
  } catch {
    // Nothing to clear.
  }
  listeners.forEach((l) => l());
}
