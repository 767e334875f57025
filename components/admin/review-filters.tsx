import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

type Props = { locale: Locale; t: Translate; languages: string[]; countries: string[]; current: { language?: string; country?: string } };

/** A plain GET form, so filtered queues are linkable and work before any script loads. */
export function ReviewFilters({ locale, t, languages, countries, current }: Props) {
  const languageName = names(locale, "language");
  const countryName = names(locale, "region");
  return (
    <form className="admin-filters" method="get" action={`/${locale}/admin/review`} aria-label={t("admin.review.filters")}>
      <div className="admin-field">
        <label htmlFor="review-language">{t("admin.review.language")}</label>
        <select id="review-language" name="language" defaultValue={current.language ?? ""} className="admin-select">
          <option value="">{t("admin.review.any")}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="review-country">{t("admin.review.country")}</label>
        <select id="review-country" name="country" defaultValue={current.country?.toUpperCase() ?? ""} className="admin-select">
          <option value="">{t("admin.review.any")}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("admin.review.apply")}
      </button>
    </form>
  );
}

function names(locale: Locale, type: "language" | "region") {
  const display = new Intl.DisplayNames([locale], { type });
  return (code: string) => {
    try {
      return display.of(code) ?? code;
    } catch {
      return code;
    }
  };
}
