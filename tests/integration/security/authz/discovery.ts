import { everyone, type AuthzRow } from "./types";

const HK_BBOX = "113.8,22.1,114.5,22.6";

/**
 * The public read API: the same answer for everyone (it never personalises), and never any
 * personal data or the true point of a hidden action, not even for its organiser or an admin.
 */
export const discoveryRows: AuthzRow[] = [
  { key: "GET /api/actions", request: () => ({ query: { bbox: HK_BBOX, limit: "100" } }), expect: everyone(200) },
  { key: "GET /api/actions", variant: "search by the hidden action's street", request: (w) => ({ query: { q: w.actions.approximate.address!.split(" ").pop()! } }), expect: everyone(200) },
  { key: "GET /api/actions/clusters", variant: "world", request: () => ({ query: { bbox: "-180,-85,180,85", zoom: "2" } }), expect: everyone(200) },
  { key: "GET /api/actions/clusters", variant: "street level, individual points", request: () => ({ query: { bbox: HK_BBOX, zoom: "17" } }), expect: everyone(200) },
  { key: "GET /api/actions/near", request: () => ({ query: { lat: "22.3193871", lng: "114.1693611", radiusKm: "25" } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]", variant: "published", request: (w) => ({ params: { id: w.actions.published.id } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]", variant: "approximate location, by slug", request: (w) => ({ params: { id: w.actions.approximate.slug } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]", variant: "revealed to attendees only", request: (w) => ({ params: { id: w.actions.reveal.id } }), expect: everyone(200) },
  // The public view is public only: drafts and pending actions are someone's work in progress.
  { key: "GET /api/actions/[id]", variant: "draft", request: (w) => ({ params: { id: w.actions.draft.id } }), expect: everyone(404) },
  { key: "GET /api/actions/[id]", variant: "pending review", request: (w) => ({ params: { id: w.actions.pending.slug } }), expect: everyone(404) },
  { key: "GET /api/chapters", request: () => ({}), expect: everyone(200) },
  { key: "GET /api/chapters/[slug]", request: (w) => ({ params: { slug: w.chapterA.slug } }), expect: everyone(200) },
  { key: "GET /api/chapters/[slug]", variant: "unknown", request: () => ({ params: { slug: "no-such-chapter" } }), expect: everyone(404) },
  { key: "GET /api/statements", request: () => ({}), expect: everyone(200) },
  { key: "GET /api/statements/[slug]", request: (w) => ({ params: { slug: w.statement.slug } }), expect: everyone(200) },
  { key: "GET /api/statements/[slug]", variant: "draft", request: (w) => ({ params: { slug: w.draftStatement.slug } }), expect: everyone(404) },
];

/** Reports are anonymous by design: anyone may report a public action, nobody a draft. */
export const reportRows: AuthzRow[] = [
  { key: "POST /api/reports", request: (w) => ({ body: { actionId: w.actions.published.id, reason: "SPAM", details: "Duplicate of another rally" } }), expect: everyone(201) },
  { key: "POST /api/reports", variant: "a draft", request: (w) => ({ body: { actionId: w.actions.draft.id, reason: "SPAM" } }), expect: everyone(404) },
  { key: "POST /api/reports", variant: "honeypot filled in", request: (w) => ({ body: { actionId: w.actions.published.id, reason: "SPAM", website: "http://spam.example" } }), expect: everyone(400) },
];
