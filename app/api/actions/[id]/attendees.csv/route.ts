import { gate } from "@/lib/api/gate";
import { exportAttendeesCsv } from "@/lib/organise/export-attendees";
import { csvResponse } from "@/lib/organise/respond";
import { exportQuery } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

/** Personal data leaves the app here: a reason is required and every export is audit-logged. */
export const GET = gate<undefined, typeof exportQuery, { id: string }>({ auth: "required", query: exportQuery }, async ({ user, query, params }) => {
  const { filename, csv } = await exportAttendeesCsv(user!, params.id, query.reason);
  return csvResponse(filename, csv);
});
