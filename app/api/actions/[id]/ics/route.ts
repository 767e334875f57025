import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicResponse } from "@/lib/http/public-response";
import { notFoundError } from "@/lib/errors";
import { actionCalendar, stripIcs } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, typeof localeQuery, { id: string }>({ auth: "none", query: localeQuery }, async ({ req, query, params }) => {
  const cal = await actionCalendar(stripIcs(params.id), query.locale);
  if (!cal) throw notFoundError("Action not found");
  return publicResponse(req, cal.ics, {
    contentType: "text/calendar; charset=utf-8",
    maxAge: 300,
    headers: { "Content-Disposition": `attachment; filename="${cal.slug.replace(/[^a-z0-9-]/gi, "")}.ics"` },
  });
});
