import type { Translate } from "@/lib/i18n/translator";

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <p>{t("common.footer.about")}</p>
      <p>{t("common.footer.privacy")}</p>
    </footer>
  );
}
