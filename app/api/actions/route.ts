import { gate } from "@/lib/api/gate";
import { searchActions } from "@/lib/discovery";
import { listActionsQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";
import { createActionInput } from "@/lib/organise/action-schema";
import { createAction } from "@/lib/organise/create-action";
import { created } from "@/lib/organise/respond";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: listActionsQuery }, async ({ req, query: { locale, ...filters } }) =>
  publicJson(req, await searchActions(filters, locale)),
);

/** Organisers: a new DRAFT (or a recurring series of drafts). */
export const POST = gate({ auth: "required", body: createActionInput }, async ({ user, body }) => created(await createAction(user!, body)));
