import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { catalogues } from "@/lib/i18n/messages";
import { catalogueProblems } from "./catalogue-rules";
import { SAME_AS_ENGLISH } from "./same-as-english";

type Tree = Parameters<typeof catalogueProblems>[0];
const english = catalogues.en as unknown as Tree;

describe("message catalogues (JSON, ICU MessageFormat)", () => {
  it.each(LOCALES)("%s is complete, parses as ICU, and keeps English's placeholders and its own plural categories", (locale) => {
    const problems = catalogueProblems(english, catalogues[locale] as unknown as Tree, locale, new Set(SAME_AS_ENGLISH[locale] ?? []));
    expect(problems).toEqual([]);
  });
});

describe("the completeness check itself, on a fixture catalogue", () => {
  const en: Tree = {
    home: { title: "Find actions", going: "{count, plural, one {# going} other {# going}}", hello: "Hello {name}" },
  };
  const fr: Tree = {
    home: { title: "Trouver des actions", going: "{count, plural, one {# participant} many {# participants} other {# participants}}", hello: "Bonjour {name}" },
  };

  it("passes a complete translation", () => {
    expect(catalogueProblems(en, fr, "fr")).toEqual([]);
  });

  it("fails on a deliberately removed key", () => {
    const { title: _removed, ...rest } = fr.home as Record<string, string>;
    expect(catalogueProblems(en, { home: rest }, "fr")).toEqual(["fr home.title: missing"]);
  });

  it("fails on a message left in English, unless the word is on the allow-list", () => {
    const left = { home: { ...(fr.home as object), title: "Find actions" } };
    expect(catalogueProblems(en, left, "fr")).toEqual(["fr home.title: still the English text"]);
    expect(catalogueProblems(en, left, "fr", new Set(["Find actions"]))).toEqual([]);
  });

  it("fails on a placeholder that differs from English's", () => {
    const renamed = { home: { ...(fr.home as object), hello: "Bonjour {nom}" } };
    expect(catalogueProblems(en, renamed, "fr")).toEqual(["fr home.hello: placeholders {nom} ≠ English {name}"]);
  });

  it("fails on a plural without a category the language's rules use, and on ICU syntax errors", () => {
    const noMany = { home: { ...(fr.home as object), going: "{count, plural, one {# participant} other {# participants}}" } };
    expect(catalogueProblems(en, noMany, "fr")).toEqual(["fr home.going: plural lacks many"]);
    const broken = { home: { ...(fr.home as object), hello: "Bonjour {name" } };
    expect(catalogueProblems(en, broken, "fr")[0]).toMatch(/^fr home\.hello: ICU syntax error/);
  });
});
