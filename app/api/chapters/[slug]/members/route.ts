import { gate } from "@/lib/api/gate";
import { inviteCoOrganiser, removeMember } from "@/lib/organise/chapter-members";
import { listMembers } from "@/lib/organise/chapter-queries";
import { inviteInput, removeMemberQuery } from "@/lib/organise/chapter-schema";
import { created } from "@/lib/organise/respond";

export const dynamic = "force-dynamic";

type P = { slug: string };

export const GET = gate<undefined, undefined, P>({ auth: "required" }, async ({ user, params }) => ({ items: await listMembers(user!, params.slug) }));

export const POST = gate<typeof inviteInput, undefined, P>({ auth: "required", body: inviteInput }, async ({ user, body, params }) =>
  created(await inviteCoOrganiser(user!, params.slug, body)),
);

export const DELETE = gate<undefined, typeof removeMemberQuery, P>({ auth: "required", query: removeMemberQuery }, async ({ user, query, params }) =>
  removeMember(user!, params.slug, query.userId),
);
