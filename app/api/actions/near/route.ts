import { gate } from "@/lib/api/gate";
import { nearActions } from "@/lib/discovery";
import { nearActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/discovery/respond";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: nearActionsQuery }, async ({ query: { locale, ...params } }) =>
  publicJson(await nearActions(params, locale)),
);
