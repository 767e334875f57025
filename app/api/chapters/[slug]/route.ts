import { gate } from "@/lib/api/gate";
import { getChapter } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/discovery/respond";
import { notFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, typeof localeQuery, { slug: string }>({ auth: "none", query: localeQuery }, async ({ query, params }) => {
  const chapter = await getChapter(params.slug, query.locale);
  if (!chapter) throw notFoundError("Chapter not found");
  return publicJson(chapter);
});
