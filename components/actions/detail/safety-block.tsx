import type { PublicActionDetail } from "@/lib/discovery";
import { safeUrl } from "@/lib/discovery-ui/safe-url";
import type { Translate } from "@/lib/i18n/translator";

/** Legal observers, a hotline, know-your-rights and notes: what people at risk check before going. */
export function SafetyBlock({ safety, t }: { safety: PublicActionDetail["safety"]; t: Translate }) {
  const rights = safeUrl(safety.knowYourRightsUrl);
  const any = safety.legalObserver || safety.safetyHotline || rights || safety.safetyNotes;
  return (
    <section className="action-section safety" aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t("action.safety.heading")}</h2>
      {any ? (
        <dl className="facts facts--stacked">
          {safety.legalObserver ? (
            <div>
              <dt>{t("action.safety.legalObserver")}</dt>
              <dd dir="auto">{safety.legalObserver}</dd>
            </div>
          ) : null}
          {safety.safetyHotline ? (
            <div>
              <dt>{t("action.safety.hotline")}</dt>
              <dd>
                <a href={`tel:${safety.safetyHotline.replace(/[^+\d]/g, "")}`} dir="ltr">
                  {safety.safetyHotline}
                </a>
              </dd>
            </div>
          ) : null}
          {rights ? (
            <div>
              <dt>{t("action.safety.knowYourRights")}</dt>
              <dd>
                <a href={rights} rel="noopener noreferrer nofollow" target="_blank">
                  {t("action.safety.knowYourRightsLink")}
                </a>
              </dd>
            </div>
          ) : null}
          {safety.safetyNotes ? (
            <div>
              <dt>{t("action.safety.notes")}</dt>
              <dd dir="auto">{safety.safetyNotes}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t("action.safety.none")}</p>
      )}
    </section>
  );
}
