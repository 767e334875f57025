import { languageName } from "@/lib/discovery-ui/language-name";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Accessibility notes and the languages spoken, each named in the reader's own language. */
export function AccessAndLanguages({ notes, languages, locale, t }: { notes: string | null; languages: string[]; locale: Locale; t: Translate }) {
  return (
    <>
      <section className="action-section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t("action.accessibility.heading")}</h2>
        <p className={notes ? undefined : "muted"} dir={notes ? "auto" : undefined}>{notes || t("action.accessibility.none")}</p>
      </section>
      <section className="action-section" aria-labelledby="languages-heading">
        <h2 id="languages-heading">{t("action.languages.heading")}</h2>
        {languages.length ? (
          <ul className="tag-list">
            {languages.map((code) => (
              <li key={code}>{languageName(code, locale)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("action.languages.none")}</p>
        )}
      </section>
    </>
  );
}
