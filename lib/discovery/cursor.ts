/** The last item's sort key (startsAt, id); opaque to clients. */
export type CursorKey = { startsAt: Date; id: string };

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.startsAt.toISOString(), key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [iso, id] = value as unknown[];
    if (typeof iso !== "string" || typeof id !== "string" || id.length === 0 || id.length > 100) return null;
    const startsAt = new Date(iso);
    return Number.isNaN(startsAt.getTime()) ? null : { startsAt, id };
  } catch {
    return null;
  }
}
