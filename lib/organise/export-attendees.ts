import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { authoriseAction } from "./access";
import { utcToWallTime } from "./zoned-time";

/** Spreadsheet apps run cells starting with these as formulas; a leading apostrophe disarms them. */
function cell(value: string | number | null): string {
  let s = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The attendee list as CSV. It holds names and addresses, so every export is written to the
 * audit log with the reason given, in the same transaction that reads the rows.
 */
export async function exportAttendeesCsv(user: CurrentUser, idOrSlug: string, reason: string): Promise<{ filename: string; csv: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ref = await authoriseAction(tx, user, idOrSlug, "action.attendees.export");
    const action = await tx.action.findUniqueOrThrow({ where: { id: ref.id }, select: { slug: true, timeZone: true } });
    const rows = await tx.rsvp.findMany({
      where: { actionId: ref.id },
      orderBy: { arrival: "asc" },
      select: { name: true, email: true, status: true, guests: true, createdAt: true, checkedInAt: true, user: { select: { name: true, email: true } } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.attendees.export",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      after: { rows: rows.length },
      reason,
    });
    const zone = action.timeZone;
    const header = ["name", "email", "status", "guests", `registered (${zone})`, `checked_in (${zone})`];
    const lines = rows.map((r) =>
      [
        r.name ?? r.user?.name ?? null,
        r.email ?? r.user?.email ?? null,
        r.status,
        r.guests,
        utcToWallTime(r.createdAt, zone).replace("T", " "),
        r.checkedInAt ? utcToWallTime(r.checkedInAt, zone).replace("T", " ") : null,
      ]
        .map(cell)
        .join(","),
    );
    return { filename: `${action.slug}-attendees.csv`, csv: [header.map(cell).join(","), ...lines].join("\r\n") + "\r\n" };
  });
}
