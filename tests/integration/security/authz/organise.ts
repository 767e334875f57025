import { getDb } from "@/lib/db";
import { freshAction, type World } from "../world";
import { organiserOfA, type AuthzRow } from "./types";

const ORGANISERS = ["organiser", "admin"] as const;

const newAction = (w: World, chapterId: string) => ({
  kind: "RALLY",
  statementId: w.statement.id,
  chapterId,
  title: "Vigil at the harbour",
  startsAt: "2030-03-01T18:00",
  endsAt: "2030-03-01T20:00",
  timeZone: "Asia/Hong_Kong",
  lat: 22.28,
  lng: 114.16,
});

async function attendeeRsvp(w: World) {
  const db = await getDb();
  return db.rsvp.findFirstOrThrow({ where: { actionId: w.actions.published.id, userId: w.users.attendee.id }, select: { id: true } });
}

async function somePledge(w: World) {
  const db = await getDb();
  return db.pledge.findFirstOrThrow({ where: { actionId: w.actions.published.id }, select: { id: true } });
}

/**
 * The organiser workspace: only organisers of the action's own chapter (A) and admins; the
 * organiser of chapter B is refused exactly like a member. Attendee data only for those two.
 */
export const organiseRows: AuthzRow[] = [
  { key: "POST /api/actions", request: (w) => ({ body: newAction(w, w.chapterA.id) }), expect: organiserOfA(201, 403), privateTo: [...ORGANISERS] },
  {
    key: "PATCH /api/actions/[id]",
    request: async (w) => ({ params: { id: (await freshAction(w, { status: "DRAFT" })).id }, body: { title: "A better title" } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  {
    key: "PATCH /api/actions/[id]",
    variant: "the hidden action: only its organisers see the true point",
    request: (w) => ({ params: { id: w.actions.approximate.id }, body: { description: "Bring water." } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  { key: "GET /api/actions/[id]/attendees", request: (w) => ({ params: { id: w.actions.published.id } }), expect: organiserOfA(200, 403), privateTo: [...ORGANISERS] },
  {
    key: "GET /api/actions/[id]/attendees.csv",
    request: (w) => ({ params: { id: w.actions.published.id }, query: { reason: "Check-in list for the stewards" } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  {
    key: "POST /api/actions/[id]/cancel",
    request: async (w) => ({ params: { id: (await freshAction(w)).id }, body: { message: "Cancelled: the march is not authorised" } }),
    expect: organiserOfA(200, 403),
  },
  {
    key: "POST /api/actions/[id]/checkins",
    request: async (w) => ({ params: { id: w.actions.published.id }, body: { rsvpId: (await attendeeRsvp(w)).id } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  {
    key: "POST /api/actions/[id]/compromised",
    request: async (w) => ({ params: { id: (await freshAction(w)).id }, body: { message: "Details leaked: do not come" } }),
    expect: organiserOfA(200, 403),
  },
  { key: "POST /api/actions/[id]/duplicate", request: (w) => ({ params: { id: w.actions.published.id } }), expect: organiserOfA(201, 403), privateTo: [...ORGANISERS] },
  {
    key: "POST /api/actions/[id]/image",
    variant: "not an image: refused, but only after the permission check",
    request: async (w) => ({ params: { id: (await freshAction(w, { status: "DRAFT" })).id }, body: "definitely not an image" }),
    expect: organiserOfA([400, 415, 422], 403),
  },
  { key: "DELETE /api/actions/[id]/image", request: async (w) => ({ params: { id: (await freshAction(w, { status: "DRAFT" })).id } }), expect: organiserOfA(200, 403) },
  {
    key: "POST /api/actions/[id]/messages",
    request: async (w) => ({ params: { id: w.actions.published.id }, body: { subject: "Change of plan", body: "Meet at the north gate." } }),
    expect: organiserOfA(200, 403),
  },
  {
    key: "PATCH /api/actions/[id]/pledges/[pledgeId]",
    request: async (w) => ({ params: { id: w.actions.published.id, pledgeId: (await somePledge(w)).id }, body: { received: true } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  {
    key: "POST /api/actions/[id]/relocate",
    request: async (w) => ({ params: { id: (await freshAction(w)).id }, body: { venue: "North gate", lat: 22.29, lng: 114.17 } }),
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  { key: "POST /api/actions/[id]/submit", request: async (w) => ({ params: { id: (await freshAction(w, { status: "DRAFT" })).id } }), expect: organiserOfA(200, 403) },
  { key: "GET /api/chapters/[slug]/members", request: (w) => ({ params: { slug: w.chapterA.slug } }), expect: organiserOfA(200, 403), privateTo: [...ORGANISERS] },
  {
    key: "POST /api/chapters/[slug]/members",
    request: (w) => ({ params: { slug: w.chapterA.slug }, body: { email: `invitee-${Math.random().toString(36).slice(2)}@example.test` } }),
    expect: organiserOfA(201, 403),
    privateTo: [...ORGANISERS],
  },
  {
    key: "DELETE /api/chapters/[slug]/members",
    request: async (w) => {
      const db = await getDb();
      const u = await db.user.create({ data: { email: `leaver-${Math.random().toString(36).slice(2)}@example.test`, memberships: { create: { chapterId: w.chapterA.id } } } });
      return { params: { slug: w.chapterA.slug }, query: { userId: u.id } };
    },
    expect: organiserOfA(200, 403),
    privateTo: [...ORGANISERS],
  },
  { key: "PATCH /api/chapters/[slug]", request: (w) => ({ params: { slug: w.chapterA.slug }, body: { description: "We meet every Sunday." } }), expect: organiserOfA(200, 403) },
  {
    key: "POST /api/uploads",
    variant: "not an image",
    request: () => ({ body: "definitely not an image" }),
    expect: { anonymous: 401, suspended: 401, member: 403, otherOrganiser: [400, 415, 422], organiser: [400, 415, 422], admin: [400, 415, 422] },
  },
];
