import { everyone, type AuthzRow } from "./types";

/** Calendars and feeds are public documents: same for everyone, public points only. */
export const feedRows: AuthzRow[] = [
  { key: "GET /api/actions/[id]/ics", request: (w) => ({ params: { id: `${w.actions.published.slug}.ics` } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]/ics", variant: "approximate location", request: (w) => ({ params: { id: w.actions.approximate.id } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]/ics", variant: "revealed to attendees only", request: (w) => ({ params: { id: w.actions.reveal.id } }), expect: everyone(200) },
  { key: "GET /api/actions/[id]/ics", variant: "draft", request: (w) => ({ params: { id: w.actions.draft.id } }), expect: everyone(404) },
  { key: "GET /api/feeds/actions.atom", request: () => ({}), expect: everyone(200) },
  { key: "GET /api/feeds/chapters/[slug]", request: (w) => ({ params: { slug: `${w.chapterA.slug}.ics` } }), expect: everyone(200) },
  { key: "GET /api/feeds/statements/[slug]", request: (w) => ({ params: { slug: `${w.statement.slug}.ics` } }), expect: everyone(200) },
  { key: "GET /api/feeds/statements/[slug]", variant: "draft statement", request: (w) => ({ params: { slug: w.draftStatement.slug } }), expect: everyone(404) },
];
