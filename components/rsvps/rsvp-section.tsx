"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationCounts, ViewerState } from "@/lib/rsvps/schema";
import type { StoredCode } from "./local-codes";
import { RsvpForm } from "./rsvp-form";
import { RsvpStatus } from "./rsvp-status";
import type { ParticipationActionProps } from "./types";

type Props = {
  action: ParticipationActionProps;
  counts: ParticipationCounts;
  viewer: ViewerState | null;
  loading: boolean;
  code: StoredCode | null;
  /** Shown only without JavaScript, in place of the status or form this component would load. */
  noScript?: ReactNode;
};

/** RSVP block: counts, then the viewer's status or the form, then what just happened. */
export function RsvpSection({ action, counts, viewer, loading, code, noScript }: Props) {
  const { t, locale } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  // After a submit or a cancel the form or button the keyboard user was on is gone: move focus to what replaced it.
  const [acted, setActed] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (acted > 0 && !loading) result.current?.focus();
  }, [acted, loading, viewer?.rsvp?.id]);
  const full = counts.capacity !== null && counts.going >= counts.capacity;
  const accepting = viewer ? viewer.accepting : action.status === "PUBLISHED" && new Date(action.endsAt) > new Date();
  const here = `/${locale}/actions/${action.slug}`;

  return (
    <div className="p-block p-block--rsvp">
      <h2 id={`rsvp-${action.id}`}>{t("rsvp.heading")}</h2>
      <p className="p-counts">
        {counts.capacity !== null ? t("rsvp.seats", { going: counts.going, capacity: counts.capacity }) : t("rsvp.going", { count: counts.going })}
        {counts.waitlisted > 0 ? <> · {t("rsvp.waitlisted", { count: counts.waitlisted })}</> : null}
      </p>
      {counts.capacity !== null ? (
        <meter className="p-meter" min={0} max={counts.capacity} value={Math.min(counts.going, counts.capacity)} aria-label={t("rsvp.seats", { going: counts.going, capacity: counts.capacity })} />
      ) : null}
      <div ref={result} tabIndex={-1} className="p-result">
        {/* Always there, so what is put into it is announced. */}
        <div role="status">{notice ? <p className="p-notice">{notice}</p> : null}</div>
        {noScript}
        {loading ? (
          <p className="p-hint p-js-only">{t("common.loading")}</p>
        ) : viewer?.rsvp ? (
          <RsvpStatus
            actionId={action.id}
            timeZone={action.timeZone}
            rsvp={viewer.rsvp}
            viewer={viewer}
            code={code}
            onCancelled={() => {
              setNotice(t("rsvp.cancelled"));
              setActed((n) => n + 1);
            }}
          />
        ) : !accepting ? (
          <p className="p-hint">{t("rsvp.closed")}</p>
        ) : (
          <>
            {full ? <p className="p-hint">{t("rsvp.full")}</p> : null}
            <RsvpForm
              actionId={action.id}
              signedIn={!!viewer?.signedIn}
              onDone={(text) => {
                setNotice(text);
                setActed((n) => n + 1);
              }}
            />
            {!viewer?.signedIn ? (
              <p className="p-hint">
                <Link href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(here)}`}>{t("rsvp.signInLink")}</Link>
              </p>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
