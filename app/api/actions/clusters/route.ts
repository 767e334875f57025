import { gate } from "@/lib/api/gate";
import { clusterActions } from "@/lib/discovery";
import { clusterActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/discovery/respond";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: clusterActionsQuery }, async ({ query: { locale, ...params } }) =>
  publicJson(await clusterActions(params, locale)),
);
