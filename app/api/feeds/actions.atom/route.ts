import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicResponse } from "@/lib/http/public-response";
import { actionsAtom } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: localeQuery }, async ({ req, query }) =>
  publicResponse(req, await actionsAtom(query.locale), { contentType: "application/atom+xml; charset=utf-8", maxAge: 300 }),
);
