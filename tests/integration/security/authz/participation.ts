import { getDb } from "@/lib/db";
import { createPledge } from "@/lib/pledges/mutations";
import { freshAction, type World } from "../world";
import { everyone, signedIn, type AuthzRow } from "./types";

async function rsvpOfAttendee(w: World) {
  const action = await freshAction(w);
  const db = await getDb();
  // Counters are kept by the services; a row made by hand must keep them too.
  await db.action.update({ where: { id: action.id }, data: { goingCount: 1 } });
  return db.rsvp.create({ data: { actionId: action.id, userId: w.users.attendee.id, status: "GOING" } });
}

async function commitmentOfAttendee(w: World) {
  const action = await freshAction(w, { kind: "BOYCOTT" });
  const db = await getDb();
  return db.boycottCommitment.create({ data: { actionId: action.id, userId: w.users.attendee.id } });
}

async function pledgeOfAttendee(w: World) {
  const action = await freshAction(w, { kind: "DONATION_DRIVE", currency: "HKD" });
  const db = await getDb();
  return db.pledge.create({ data: { actionId: action.id, userId: w.users.attendee.id, amountMinor: 500, currency: "HKD", anonymous: true } });
}

async function guestPledgeWithCode(w: World) {
  const action = await freshAction(w, { kind: "DONATION_DRIVE", currency: "HKD" });
  const created = await createPledge(null, action.id, { amountMinor: 500, currency: "HKD", anonymous: true });
  return { actionId: action.id, id: created.id, token: created.cancelToken! };
}

/**
 * Taking part needs no account (a headcount RSVP, pledge or commitment); touching someone
 * else's participation needs to be its chapter's organiser or an admin.
 */
export const participationRows: AuthzRow[] = [
  { key: "POST /api/actions/[id]/rsvps", request: async (w) => ({ params: { id: (await freshAction(w, { capacity: 10 })).id }, body: {} }), expect: everyone(201) },
  // Unpublished actions do not exist for the public: 404, as on GET, never "exists but closed".
  { key: "POST /api/actions/[id]/rsvps", variant: "a draft, by slug", request: (w) => ({ params: { id: w.actions.draft.slug }, body: {} }), expect: everyone(404) },
  { key: "POST /api/actions/[id]/pledges", variant: "a draft", request: (w) => ({ params: { id: w.actions.draft.slug }, body: { amountMinor: 100, currency: "HKD", anonymous: true } }), expect: everyone(404) },
  { key: "POST /api/actions/[id]/commitments", variant: "pending review", request: (w) => ({ params: { id: w.actions.pending.slug }, body: {} }), expect: everyone(404) },
  {
    key: "POST /api/actions/[id]/pledges",
    request: async (w) => ({ params: { id: (await freshAction(w, { kind: "DONATION_DRIVE", currency: "HKD" })).id }, body: { amountMinor: 5000, currency: "HKD", anonymous: true } }),
    expect: everyone(201),
  },
  { key: "POST /api/actions/[id]/commitments", request: async (w) => ({ params: { id: (await freshAction(w, { kind: "BOYCOTT" })).id }, body: {} }), expect: everyone(201) },
  {
    key: "DELETE /api/actions/[id]/commitments",
    variant: "someone else's commitment, by id",
    request: async (w) => {
      const c = await commitmentOfAttendee(w);
      return { params: { id: c.actionId }, query: { commitmentId: c.id } };
    },
    expect: { anonymous: [401, 403, 404], suspended: [401, 403, 404], member: [403, 404], otherOrganiser: [403, 404], organiser: 200, admin: 200 },
  },
  {
    key: "DELETE /api/actions/[id]/pledges/[pledgeId]",
    variant: "a guest's pledge, with its code",
    request: async (w) => {
      const p = await guestPledgeWithCode(w);
      return { params: { id: p.actionId, pledgeId: p.id }, query: { token: p.token } };
    },
    expect: everyone(200),
  },
  {
    // Nobody withdraws a pledge for someone else, not even organisers (they can mark it received).
    key: "DELETE /api/actions/[id]/pledges/[pledgeId]",
    variant: "someone else's pledge, without its code",
    request: async (w) => {
      const p = await pledgeOfAttendee(w);
      return { params: { id: p.actionId, pledgeId: p.id } };
    },
    expect: { anonymous: 401, suspended: [401, 404], member: 404, otherOrganiser: 404, organiser: 404, admin: 404 },
  },
  { key: "GET /api/actions/[id]/me", request: (w) => ({ params: { id: w.actions.published.id } }), expect: everyone(200) },
  {
    key: "DELETE /api/rsvps/[id]",
    variant: "someone else's RSVP, without its code",
    request: async (w) => ({ params: { id: (await rsvpOfAttendee(w)).id } }),
    expect: { anonymous: [401, 403, 404], suspended: [401, 403, 404], member: [403, 404], otherOrganiser: [403, 404], organiser: 200, admin: 200 },
  },
  { key: "GET /api/me/rsvps", request: () => ({}), expect: signedIn(200) },
  // The no-JavaScript withdrawals: a 303 back for every form (the outcome is in the Location, see
  // tests/integration/rsvps/withdrawal-form.test.ts); JSON is refused.
  {
    key: "POST /api/withdrawals",
    variant: "a guest's pledge, with its code, as an HTML form",
    request: async (w) => {
      const p = await guestPledgeWithCode(w);
      const body = new URLSearchParams({ kind: "pledge", id: p.id, actionId: p.actionId, token: p.token, back: "/en/rsvps/cancel" }).toString();
      return { body, headers: { "content-type": "application/x-www-form-urlencoded" } };
    },
    expect: everyone(303),
  },
  { key: "POST /api/withdrawals", variant: "JSON", request: () => ({ body: { kind: "rsvp", id: "x" } }), expect: everyone(415) },
  { key: "GET /api/places", request: () => ({ query: { q: "Hong" } }), expect: everyone(200) },
  { key: "GET /api/uploads/[name]", variant: "no such file", request: () => ({ params: { name: "0123456789abcdef0123456789abcdef.webp" } }), expect: everyone(404) },
  { key: "GET /api/uploads/[name]", variant: "path traversal", request: () => ({ params: { name: "../../package.json" } }), expect: everyone([400, 404]) },
];
