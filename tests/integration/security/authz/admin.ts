import { getDb } from "@/lib/db";
import { createChapter, createStatement, createUser, uid } from "../../../factories";
import { freshAction } from "../world";
import { adminOnly, type AuthzRow } from "./types";

const translation = (title: string) => ({ locale: "en", title, body: "We stand together.", demands: ["Justice"] });

async function freshReport(actionId: string) {
  const db = await getDb();
  return db.report.create({ data: { actionId, reason: "SPAM" } });
}

/**
 * Admin routes: 401 without a session (a suspended admin's session is void), 403 for every
 * non-admin, including organisers. Admins see people's emails (user search, audit log).
 */
export const adminRows: AuthzRow[] = [
  {
    key: "POST /api/admin/actions/[id]/approve",
    request: async (w) => ({ params: { id: (await freshAction(w, { status: "PENDING_REVIEW" })).id } }),
    expect: adminOnly(200),
  },
  {
    key: "POST /api/admin/actions/[id]/reject",
    request: async (w) => ({ params: { id: (await freshAction(w, { status: "PENDING_REVIEW" })).id }, body: { reason: "Not an action for this alliance" } }),
    expect: adminOnly(200),
  },
  {
    key: "POST /api/admin/actions/[id]/request-changes",
    request: async (w) => ({ params: { id: (await freshAction(w, { status: "PENDING_REVIEW" })).id }, body: { note: "Please add an accessibility note" } }),
    expect: adminOnly(200),
  },
  { key: "GET /api/admin/audit", request: () => ({}), expect: adminOnly(200), privateTo: ["admin"] },
  { key: "GET /api/admin/chapters", request: () => ({}), expect: adminOnly(200), privateTo: ["admin"] },
  {
    key: "POST /api/admin/chapters",
    request: () => ({ body: { slug: `new-chapter-${uid()}`, name: "New chapter", countryCode: "FR", city: "Lyon", lat: 45.76, lng: 4.84 } }),
    expect: adminOnly(201),
    privateTo: ["admin"],
  },
  {
    key: "PATCH /api/admin/chapters/[id]",
    request: async () => ({ params: { id: (await createChapter()).id }, body: { trust: "VERIFIED" } }),
    expect: adminOnly(200),
    privateTo: ["admin"],
  },
  {
    key: "PATCH /api/admin/reports/[id]",
    request: async (w) => ({ params: { id: (await freshReport(w.actions.published.id)).id }, body: { resolution: "dismiss" } }),
    expect: adminOnly(200),
  },
  { key: "GET /api/admin/statements", request: () => ({}), expect: adminOnly(200) },
  {
    key: "POST /api/admin/statements",
    request: () => ({ body: { slug: `statement-${uid()}`, translations: [translation("A new statement")] } }),
    expect: adminOnly(201),
  },
  {
    key: "PATCH /api/admin/statements/[id]",
    request: async () => ({ params: { id: (await createStatement({ status: "DRAFT", publishedAt: null })).id }, body: { reference: "IMA/2026/1" } }),
    expect: adminOnly(200),
  },
  { key: "GET /api/admin/users", request: () => ({ query: { q: "sentinel" } }), expect: adminOnly(200), privateTo: ["admin"] },
  {
    key: "PATCH /api/admin/users/[id]",
    request: async () => ({ params: { id: (await createUser()).id }, body: { suspended: true } }),
    expect: adminOnly(200),
    privateTo: ["admin"],
  },
  {
    key: "PATCH /api/admin/users/[id]",
    variant: "make someone an organiser of chapter A",
    request: async (w) => ({ params: { id: (await createUser()).id }, body: { chapter: { chapterId: w.chapterA.id, role: "ORGANISER" } } }),
    expect: adminOnly(200),
    privateTo: ["admin"],
  },
];
