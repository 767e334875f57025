import { getDb } from "@/lib/db";
import { uid } from "../../../factories";
import type { World } from "../world";
import { adminOnly, type AuthzRow } from "./types";

const text = { title: "Déclaration", summary: "", body: "Texte", demands: [] as string[] };

/** A submission waiting for review, fresh for every call (deciding one closes it). */
async function submitted(w: World) {
  const db = await getDb();
  return db.translationSubmission.create({ data: { statementId: w.statement.id, locale: "fr", sourceRevision: 1, ...text, title: `Déclaration ${uid()}` } });
}

/**
 * Translation routes: the six principals of the matrix hold no translator grant, so only admins
 * get through; translators' own rights are in tests/integration/translations.
 */
export const translationRows: AuthzRow[] = [
  { key: "GET /api/translations", request: () => ({}), expect: adminOnly(200) },
  {
    key: "POST /api/statements/[slug]/translations/[locale]",
    request: (w) => ({ params: { slug: w.statement.slug, locale: "fr" }, body: text }),
    expect: adminOnly(201),
  },
  { key: "POST /api/translations/submissions/[id]/publish", request: async (w) => ({ params: { id: (await submitted(w)).id } }), expect: adminOnly(200) },
  {
    key: "POST /api/translations/submissions/[id]/reject",
    request: async (w) => ({ params: { id: (await submitted(w)).id }, body: { note: "Please check the demands." } }),
    expect: adminOnly(200),
  },
  { key: "PUT /api/admin/translation-languages/[locale]", request: () => ({ params: { locale: "fr" }, body: { peerReview: false } }), expect: adminOnly(200) },
];
