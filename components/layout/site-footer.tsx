import type { Translate } from "@/lib/i18n/translator";

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <p>{t("common.footer.about")}</p>
      <p>{t("common.footer.privacy")}</p>
      {/* GeoNames' licence (CC BY 4.0) asks for this credit; links are plain, nothing is loaded from there. */}
      <p>
        {t("common.footer.places")} <a href="https://www.geonames.org/">GeoNames</a> (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>).
      </p>
    </footer>
  );
}
