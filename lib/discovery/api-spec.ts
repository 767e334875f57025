import { z } from "zod";
import { actionListResponse, clustersResponse } from "../actions/public-dto";
import { place, placesQuery } from "../geo/places";
import type { OperationSpec } from "../openapi/operation";
import { publicActionDetail } from "./action-detail-dto";
import { clusterActionsQuery, listActionsQuery, localeQuery, nearActionsQuery } from "./api-schemas";
import { chapterDetail, chapterSummary } from "./chapter-dto";
import { nearResponse } from "./near-actions";
import { statementDetail, statementSummary } from "./statement-dto";

const common = { tags: ["discovery"], auth: "none" as const };

/** The public read API (all anonymous, cacheable for 30 s) and its calendar/Atom feeds. */
export const discoveryOperations: OperationSpec[] = [
  { ...common, method: "get", path: "/api/actions", summary: "Published actions matching filters, soonest first, keyset-paginated (cursor)", query: listActionsQuery, response: actionListResponse },
  { ...common, method: "get", path: "/api/actions/near", summary: "Published actions within radiusKm of a point, nearest first, with distanceKm", query: nearActionsQuery, response: nearResponse },
  { ...common, method: "get", path: "/api/actions/clusters", summary: "Map clusters and points for a viewport (never more than 2,000 points)", query: clusterActionsQuery, response: clustersResponse },
  { ...common, method: "get", path: "/api/actions/{id}", summary: "One published or cancelled action by id or slug", query: localeQuery, response: publicActionDetail, errors: [400, 404] },
  { ...common, method: "get", path: "/api/actions/{id}/ics", summary: "One action as iCalendar", query: localeQuery, responseContentType: "text/calendar", errors: [400, 404] },
  { ...common, method: "get", path: "/api/statements", summary: "Published statements in the requested language (source language as fallback)", query: localeQuery, response: z.object({ items: z.array(statementSummary) }) },
  { ...common, method: "get", path: "/api/statements/{slug}", summary: "A statement with its demands, endorsing chapters, response panel and action points", query: localeQuery, response: statementDetail, errors: [400, 404] },
  { ...common, method: "get", path: "/api/chapters", summary: "All chapters with their count of upcoming actions", query: localeQuery, response: z.object({ items: z.array(chapterSummary) }) },
  { ...common, method: "get", path: "/api/chapters/{slug}", summary: "A chapter with its endorsed statements and upcoming actions", query: localeQuery, response: chapterDetail, errors: [400, 404] },
  { ...common, method: "get", path: "/api/feeds/chapters/{slug}.ics", summary: "Calendar feed of a chapter's actions (webcal subscription)", query: localeQuery, responseContentType: "text/calendar", errors: [400, 404] },
  { ...common, method: "get", path: "/api/feeds/statements/{slug}.ics", summary: "Calendar feed of the actions answering a statement", query: localeQuery, responseContentType: "text/calendar", errors: [400, 404] },
  { ...common, method: "get", path: "/api/feeds/actions.atom", summary: "Atom feed of newly published actions", query: localeQuery, responseContentType: "application/atom+xml" },
  { ...common, method: "get", path: "/api/places", summary: "Offline gazetteer (GeoNames cities500 with alternate names in every script): whole-name matches of q, then names starting with it, then later words; accents, case and punctuation ignored; biggest first within each", query: placesQuery, response: z.array(place) },
];
