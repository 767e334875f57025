import { gate } from "@/lib/api/gate";
import { searchActions } from "@/lib/discovery";
import { listActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/discovery/respond";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: listActionsQuery }, async ({ query: { locale, ...filters } }) =>
  publicJson(await searchActions(filters, locale)),
);
