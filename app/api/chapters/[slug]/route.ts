import { gate } from "@/lib/api/gate";
import { getChapter } from "@/lib/discovery";
import { localeQuery } from "@/lib/discovery/api-schemas";
import { publicJson } from "@/lib/http/public-response";
import { notFoundError } from "@/lib/errors";
import { chapterSettingsInput } from "@/lib/organise/chapter-schema";
import { updateChapterSettings } from "@/lib/organise/chapter-settings";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, typeof localeQuery, { slug: string }>({ auth: "none", query: localeQuery }, async ({ req, query, params }) => {
  const chapter = await getChapter(params.slug, query.locale);
  if (!chapter) throw notFoundError("Chapter not found");
  return publicJson(req, chapter);
});

/** The chapter's organisers: name, description, contact and location. */
export const PATCH = gate<typeof chapterSettingsInput, undefined, { slug: string }>({ auth: "required", body: chapterSettingsInput }, async ({ user, body, params }) =>
  updateChapterSettings(user!, params.slug, body),
);
