import type { ReactNode } from "react";
import type { AttendeesResponse } from "@/lib/attendees/schema";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/translator";

type Props = { data: AttendeesResponse; locale: Locale; t: Translate };

/** The organisers' view: who is coming (and the waitlist), who pledged, who is boycotting. */
export function AttendeeTables({ data, locale, t }: Props) {
  const who = (name: string | null, member: boolean) => name ?? (member ? t("rsvp.attendees.member") : t("rsvp.attendees.anonymous"));
  const { counts } = data;
  return (
    <>
      {data.action.kind === "RALLY" || data.rsvps.length > 0 ? (
        <PeopleSection
          id="attendees-rsvps"
          heading={
            <>
              {counts.capacity !== null ? t("rsvp.seats", { going: counts.going, capacity: counts.capacity }) : t("rsvp.going", { count: counts.going })}
              {counts.waitlisted > 0 ? ` · ${t("rsvp.waitlisted", { count: counts.waitlisted })}` : ""}
            </>
          }
          t={t}
          columns={["rsvp.attendees.name", "rsvp.attendees.email", "rsvp.attendees.status", "rsvp.attendees.guests"]}
          rows={data.rsvps.map((r) => ({
            key: r.id,
            status: r.status,
            cells: [
              who(r.name, r.member),
              r.email ?? "—",
              r.status === "GOING" ? t("rsvp.me.statusGOING") : t("rsvp.me.statusWAITLISTED", { position: r.position ?? 1 }),
              r.guests,
            ],
          }))}
        />
      ) : null}
      {data.action.kind === "DONATION_DRIVE" ? (
        <PeopleSection
          id="attendees-pledges"
          heading={t("rsvp.attendees.pledgesHeading")}
          t={t}
          columns={["rsvp.attendees.name", "rsvp.attendees.email", "rsvp.attendees.amount", "rsvp.attendees.item"]}
          rows={data.pledges.map((p) => ({
            key: p.id,
            cells: [
              p.displayName ?? t("rsvp.attendees.anonymous"),
              p.email ?? "—",
              p.amountMinor !== null && p.currency ? formatMoney(p.amountMinor, p.currency, locale) : "—",
              p.item ? `${p.item} × ${p.quantity ?? 0}` : "—",
            ],
          }))}
        />
      ) : null}
      {data.action.kind === "BOYCOTT" ? (
        <section aria-labelledby="attendees-commitments">
          <h2 id="attendees-commitments">{t("rsvp.attendees.commitmentsHeading")}</h2>
          {data.commitments.length === 0 ? (
            <p className="empty-state">{t("rsvp.attendees.none")}</p>
          ) : (
            <ul>
              {data.commitments.map((c) => (
                <li key={c.id}>{c.email ?? who(null, c.member)}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

type Row = { key: string; status?: string; cells: ReactNode[] };

/** A headed table of people, or the empty state when there is nobody yet. */
function PeopleSection({ id, heading, columns, rows, t }: { id: string; heading: ReactNode; columns: MessageKey[]; rows: Row[]; t: Translate }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{t("rsvp.attendees.none")}</p>
      ) : (
        <table className="attendee-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-status={r.status}>
                {r.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
