import type { Metadata } from "next";
import Form from "next/form";
import { ChapterDirectory, type ChapterSort } from "@/components/chapters/chapter-directory";
import { listChapters } from "@/lib/discovery";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/chapters/chapters.css";
import "@/components/actions/detail/detail.css";
import "@/components/filters/filters.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ sort?: string | string[] }> };
const SORTS: ChapterSort[] = ["country", "name", "actions"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const title = t("chapter.listTitle");
  const description = t("chapter.listDescription");
  return { title, description, openGraph: { title, description, type: "website", locale, url: `/${locale}/chapters` } };
}

export default async function ChaptersPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const raw = (await searchParams).sort;
  const sort = SORTS.find((s) => s === (Array.isArray(raw) ? raw[0] : raw)) ?? "country";
  const chapters = await listChapters(locale);
  const labels: Record<ChapterSort, string> = { country: t("chapter.sortCountry"), name: t("chapter.sortName"), actions: t("chapter.sortActions") };
  return (
    <div className="page">
      <h1>{t("chapter.listTitle")}</h1>
      <p className="lead">{t("chapter.listDescription")}</p>
      {chapters.length === 0 ? (
        <p className="empty-state">{t("chapter.empty")}</p>
      ) : (
        <>
          <Form action={`/${locale}/chapters`} className="chapter-sort" key={sort}>
            <div className="field">
              <label htmlFor="chapter-sort">{t("chapter.sortLabel")}</label>
              <select id="chapter-sort" name="sort" defaultValue={sort}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {labels[s]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              {t("chapter.sortApply")}
            </button>
          </Form>
          <ChapterDirectory chapters={chapters} sort={sort} locale={locale} t={t} />
        </>
      )}
    </div>
  );
}
