import { gate } from "@/lib/api/gate";
import { getPublicAction } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";
import { notFoundError } from "@/lib/errors";
import { updateActionInput } from "@/lib/organise/action-schema";
import { updateAction } from "@/lib/organise/update-action";

export const dynamic = "force-dynamic";

/** Public view by id or slug; drafts, pending and rejected actions are 404 here. */
export const GET = gate<undefined, typeof localeQuery, { id: string }>({ auth: "none", query: localeQuery }, async ({ req, query, params }) => {
  const action = await getPublicAction(params.id, query.locale);
  if (!action) throw notFoundError("Action not found");
  return publicJson(req, action);
});

/** Organisers: edit any subset of the form's fields (validated as a whole after merging). */
export const PATCH = gate<typeof updateActionInput, undefined, { id: string }>({ auth: "required", body: updateActionInput }, async ({ user, body, params }) =>
  updateAction(user!, params.id, body),
);
