"use client";

import type { MouseEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { focusParticipation, PARTICIPATE_ID } from "@/components/rsvps/participate-focus";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { useViewer } from "@/components/rsvps/use-viewer";
import type { MessageKey } from "@/lib/i18n/translator";
import { CtaFigure } from "./cta-figure";

const LABEL: Record<ParticipationActionProps["kind"], MessageKey> = { RALLY: "rsvp.submit", DONATION_DRIVE: "pledge.submit", BOYCOTT: "commitment.commit" };

/**
 * The first screen on a phone: when, where, the key figure and the kind's one call to action.
 * It is a link to the participation panel, so it works without JavaScript (and before the page
 * has hydrated); with it, focus lands on the panel's first field.
 */
export function ActionCta({ action, when, place }: { action: ParticipationActionProps; when: string; place: string }) {
  const { t } = useI18n();
  const { viewer, counts } = useViewer(action);
  const accepting = viewer ? viewer.accepting : action.status === "PUBLISHED" && new Date(action.endsAt) > new Date();
  const mine = viewer?.rsvp
    ? viewer.rsvp.status === "GOING"
      ? t("rsvp.statusGoing")
      : t("rsvp.statusWaitlisted", { position: viewer.rsvp.position ?? 1 })
    : viewer?.commitment
      ? t("commitment.committed")
      : null;

  function jump(e: MouseEvent<HTMLAnchorElement>) {
    if (focusParticipation()) e.preventDefault();
  }

  return (
    <section className="action-cta" aria-label={t("action.cta.label")}>
      <dl className="action-cta__facts">
        <div>
          <dt>{t("action.when")}</dt>
          <dd>
            <time dateTime={action.startsAt}>
              <bdi>{when}</bdi>
            </time>
          </dd>
        </div>
        <div>
          <dt>{t("action.location.heading")}</dt>
          <dd>
            <bdi>{place}</bdi>
          </dd>
        </div>
      </dl>
      <CtaFigure action={action} counts={counts} />
      {mine ? <p className="action-cta__mine">{mine}</p> : null}
      {accepting || mine ? (
        <a className={`button action-cta__go${mine ? " button--secondary" : ""}`} href={`#${PARTICIPATE_ID}`} onClick={jump}>
          {mine ? t("action.cta.manage") : t(LABEL[action.kind])}
        </a>
      ) : (
        <p className="action-cta__closed">{t("rsvp.closed")}</p>
      )}
    </section>
  );
}
