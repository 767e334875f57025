import { gate } from "@/lib/api/gate";
import { clusterActions } from "@/lib/discovery";
import { clusterActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: clusterActionsQuery }, async ({ req, query: { locale, ...params } }) =>
  publicJson(req, await clusterActions(params, locale)),
);
