import { gate } from "@/lib/api/gate";
import { nearActions } from "@/lib/discovery";
import { nearActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: nearActionsQuery }, async ({ req, query: { locale, ...params } }) =>
  publicJson(req, await nearActions(params, locale)),
);
