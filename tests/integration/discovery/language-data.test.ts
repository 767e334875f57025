import { beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/actions/route";
import { GET as detail } from "@/app/api/actions/[id]/route";
import { GET as statements } from "@/app/api/statements/route";
import { GET as atom } from "@/app/api/feeds/actions.atom/route";
import { createAction, createChapter, createStatement } from "../../factories";
import { call } from "../helpers/http";

/** The languages spoken at an action, and a statement's translations, are in the public API and the feed. */
describe("machine-readable language data", () => {
  let action: { id: string; slug: string };
  let slug: string;
  let chapterSlug: string;

  beforeAll(async () => {
    const chapter = await createChapter({ city: "Taipei", countryCode: "TW", lat: 25.03, lng: 121.56 });
    const statement = await createStatement({
      translations: { create: [
        { locale: "en", title: "Rights for caregivers", body: "Body" },
        { locale: "zh-Hant", title: "照顧者的權利", body: "內文" },
        { locale: "tl", title: "Karapatan ng mga tagapag-alaga", body: "Katawan" },
      ] },
    });
    slug = statement.slug;
    chapterSlug = chapter.slug;
    action = await createAction({ chapterId: chapter.id, statementId: statement.id, languages: ["zh-Hant", "tl", "id"], publishedAt: new Date() });
  });

  it("lists and action pages give the languages spoken; statements list their translations", async () => {
    const items = (await call(list, `/api/actions?chapter=${chapterSlug}`)).json.items as { id: string; languages: string[] }[];
    expect(items.find((i) => i.id === action.id)?.languages).toEqual(["zh-Hant", "tl", "id"]);
    const one = (await call(detail, `/api/actions/${action.slug}`, { params: { id: action.slug } })).json as { languages: string[] };
    expect(one.languages).toEqual(["zh-Hant", "tl", "id"]);
    const all = (await call(statements, "/api/statements?locale=tl")).json.items as { slug: string; title: string; availableLocales: string[] }[];
    const mine = all.find((s) => s.slug === slug)!;
    expect(mine.availableLocales.sort()).toEqual(["en", "tl", "zh-Hant"]);
    expect(mine.title).toBe("Karapatan ng mga tagapag-alaga");
  });

  it("the Atom feed names each entry's languages", async () => {
    const res = await call(atom, "/api/feeds/actions.atom?locale=en");
    expect(res.status).toBe(200);
    const entry = res.text.split("<entry>").find((e) => e.includes(action.id))!;
    for (const l of ["zh-Hant", "tl", "id"]) expect(entry).toContain(`<category scheme="urn:mobilise:language" term="${l}"/>`);
  });
});
