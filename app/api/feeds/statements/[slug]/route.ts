import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicText } from "@/lib/discovery/respond";
import { notFoundError } from "@/lib/errors";
import { statementCalendar, stripIcs } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

/** webcal-subscribable: /api/feeds/statements/<slug>.ics (Next has no "[slug].ics" segment, so ".ics" is stripped here). */
export const GET = gate<undefined, typeof localeQuery, { slug: string }>({ auth: "none", query: localeQuery }, async ({ query, params }) => {
  const ics = await statementCalendar(stripIcs(params.slug), query.locale);
  if (!ics) throw notFoundError("Statement not found");
  return publicText(ics, "text/calendar; charset=utf-8", 300);
});
