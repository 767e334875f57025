import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicText } from "@/lib/discovery/respond";
import { notFoundError } from "@/lib/errors";
import { actionCalendar, stripIcs } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, typeof localeQuery, { id: string }>({ auth: "none", query: localeQuery }, async ({ query, params }) => {
  const cal = await actionCalendar(stripIcs(params.id), query.locale);
  if (!cal) throw notFoundError("Action not found");
  return publicText(cal.ics, "text/calendar; charset=utf-8", 300, {
    "Content-Disposition": `attachment; filename="${cal.slug.replace(/[^a-z0-9-]/gi, "")}.ics"`,
  });
});
