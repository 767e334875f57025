import { gate } from "@/lib/api/gate";
import { compromiseAction } from "@/lib/organise/compromise-action";
import { compromisedInput } from "@/lib/organise/run-schema";

export const dynamic = "force-dynamic";

export const POST = gate<typeof compromisedInput, undefined, { id: string }>({ auth: "required", body: compromisedInput }, async ({ user, body, params }) =>
  compromiseAction(user!, params.id, body.message),
);
