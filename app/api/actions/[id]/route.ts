import { gate } from "@/lib/api/gate";
import { getPublicAction } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/discovery/respond";
import { notFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Public view by id or slug; drafts, pending and rejected actions are 404 here. */
export const GET = gate<undefined, typeof localeQuery, { id: string }>({ auth: "none", query: localeQuery }, async ({ query, params }) => {
  const action = await getPublicAction(params.id, query.locale);
  if (!action) throw notFoundError("Action not found");
  return publicJson(action);
});
