"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AttendeeRow } from "@/lib/organise/run-view";
import { apiFetch, errorText } from "./api";

/** Check-in at the door on a phone: filter by name, one big tap per person. */
export function AttendeeCheckin({ actionId, timeZone, attendees }: { actionId: string; timeZone: string; attendees: AttendeeRow[] }) {
  const { t, locale } = useI18n();
  const searchId = useId();
  const [rows, setRows] = useState(attendees);
  const [q, setQ] = useState("");
  const checkin = useMutation({
    mutationFn: (v: { rsvpId: string; checkedIn: boolean }) => apiFetch<{ rsvpId: string; checkedInAt: string | null }>(`/api/actions/${actionId}/checkins`, { method: "POST", body: v }),
    onSuccess: (r) => setRows((list) => list.map((a) => (a.id === r.rsvpId ? { ...a, checkedInAt: r.checkedInAt } : a))),
  });
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone }), [locale, timeZone]);
  const needle = q.trim().toLocaleLowerCase(locale);
  const shown = needle ? rows.filter((a) => (a.name ?? t("organise.run.anonymous")).toLocaleLowerCase(locale).includes(needle)) : rows;
  const going = rows.filter((a) => a.status === "GOING");
  const checked = going.filter((a) => a.checkedInAt).length;

  return (
    <div>
      <p aria-live="polite" data-testid="checkin-count">
        {t("organise.run.attendeesCount", { count: going.length })} · {t("organise.run.checkedInCount", { checked, going: going.length })}
      </p>
      <div className="org-search">
        <label htmlFor={searchId}>{t("organise.run.search")}</label>
        <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${searchId}-hint`} autoComplete="off" />
        <p id={`${searchId}-hint`} className="org-field__hint">
          {t("organise.run.searchHint")}
        </p>
      </div>
      {checkin.isError ? (
        <p role="alert" className="org-alert org-alert--error">
          {errorText(t, checkin.error)}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty-state">{t("organise.run.noAttendees")}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t("organise.run.noMatches")}</p>
      ) : (
        <ul className="org-attendees">
          {shown.map((a) => {
            const name = a.name ?? t("organise.run.anonymous");
            const isIn = !!a.checkedInAt;
            return (
              <li key={a.id} className={`org-attendee${isIn ? " org-attendee--in" : ""}`} data-testid="attendee">
                <span className="org-attendee__who">
                  {name}
                  {a.guests ? ` ${t("organise.run.plusGuests", { count: a.guests })}` : ""}
                  <span className="org-attendee__meta">
                    {t(`organise.run.statusLabels.${a.status}`)} · {t("organise.run.registered", { time: time.format(new Date(a.createdAt)) })}
                  </span>
                </span>
                {a.status === "GOING" ? (
                  <button
                    type="button"
                    className={`button${isIn ? "" : " button--secondary"}`}
                    aria-pressed={isIn}
                    aria-label={isIn ? t("organise.run.undoCheckIn", { name }) : t("organise.run.checkInName", { name })}
                    disabled={checkin.isPending && checkin.variables?.rsvpId === a.id}
                    onClick={() => checkin.mutate({ rsvpId: a.id, checkedIn: !isIn })}
                  >
                    {isIn ? `✓ ${t("organise.run.checkedIn")}` : t("organise.run.checkIn")}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
