import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicResponse } from "@/lib/http/public-response";
import { notFoundError } from "@/lib/errors";
import { chapterCalendar, stripIcs } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

/** webcal-subscribable: /api/feeds/chapters/<slug>.ics (Next has no "[slug].ics" segment, so ".ics" is stripped here). */
export const GET = gate<undefined, typeof localeQuery, { slug: string }>({ auth: "none", query: localeQuery }, async ({ req, query, params }) => {
  const ics = await chapterCalendar(stripIcs(params.slug), query.locale);
  if (!ics) throw notFoundError("Chapter not found");
  return publicResponse(req, ics, { contentType: "text/calendar; charset=utf-8", maxAge: 300 });
});
