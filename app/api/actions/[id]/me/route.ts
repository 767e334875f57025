import { gate } from "@/lib/api/gate";
import { COMMITMENT_TOKEN_HEADER, RSVP_TOKEN_HEADER } from "@/lib/rsvps/schema";
import { viewerState } from "@/lib/rsvps/viewer";

export const dynamic = "force-dynamic";

/** The viewer's own RSVP/commitment (by session or by the cancel codes in headers) and fresh counts. */
export const GET = gate({ auth: "optional" }, async ({ req, user, params }) => {
  const state = await viewerState(user, params.id, {
    rsvpToken: req.headers.get(RSVP_TOKEN_HEADER),
    commitmentToken: req.headers.get(COMMITMENT_TOKEN_HEADER),
  });
  // Personal to this viewer even when anonymous (a cancel code identifies them): never cache.
  return Response.json(state, { headers: { "Cache-Control": "no-store", Vary: "Cookie" } });
});
