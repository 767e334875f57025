import { gate } from "@/lib/api/gate";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicText } from "@/lib/discovery/respond";
import { actionsAtom } from "@/lib/feeds/calendars";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: localeQuery }, async ({ query }) =>
  publicText(await actionsAtom(query.locale), "application/atom+xml; charset=utf-8", 300),
);
