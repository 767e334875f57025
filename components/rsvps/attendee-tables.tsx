import type { AttendeesResponse } from "@/lib/attendees/schema";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

type Props = { data: AttendeesResponse; locale: Locale; t: Translate };

/** The organisers' view: who is coming (and the waitlist), who pledged, who is boycotting. */
export function AttendeeTables({ data, locale, t }: Props) {
  const who = (name: string | null, member: boolean) => name ?? (member ? t("rsvp.attendees.member") : t("rsvp.attendees.anonymous"));
  return (
    <>
      {data.action.kind === "RALLY" || data.rsvps.length > 0 ? (
        <section aria-labelledby="attendees-rsvps">
          <h2 id="attendees-rsvps">
            {data.counts.capacity !== null
              ? t("rsvp.seats", { going: data.counts.going, capacity: data.counts.capacity })
              : t("rsvp.going", { count: data.counts.going })}
            {data.counts.waitlisted > 0 ? ` · ${t("rsvp.waitlisted", { count: data.counts.waitlisted })}` : ""}
          </h2>
          {data.rsvps.length === 0 ? (
            <p className="empty-state">{t("rsvp.attendees.none")}</p>
          ) : (
            <table className="attendee-table">
              <thead>
                <tr>
                  <th scope="col">{t("rsvp.attendees.name")}</th>
                  <th scope="col">{t("rsvp.attendees.email")}</th>
                  <th scope="col">{t("rsvp.attendees.status")}</th>
                  <th scope="col">{t("rsvp.attendees.guests")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rsvps.map((r) => (
                  <tr key={r.id} data-status={r.status}>
                    <td>{who(r.name, r.member)}</td>
                    <td>{r.email ?? "—"}</td>
                    <td>{r.status === "GOING" ? t("rsvp.me.statusGOING") : t("rsvp.me.statusWAITLISTED", { position: r.position ?? 1 })}</td>
                    <td>{r.guests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {data.action.kind === "DONATION_DRIVE" ? (
        <section aria-labelledby="attendees-pledges">
          <h2 id="attendees-pledges">{t("rsvp.attendees.pledgesHeading")}</h2>
          {data.pledges.length === 0 ? (
            <p className="empty-state">{t("rsvp.attendees.none")}</p>
          ) : (
            <table className="attendee-table">
              <thead>
                <tr>
                  <th scope="col">{t("rsvp.attendees.name")}</th>
                  <th scope="col">{t("rsvp.attendees.email")}</th>
                  <th scope="col">{t("rsvp.attendees.amount")}</th>
                  <th scope="col">{t("rsvp.attendees.item")}</th>
                </tr>
              </thead>
              <tbody>
                {data.pledges.map((p) => (
                  <tr key={p.id}>
                    <td>{p.displayName ?? t("rsvp.attendees.anonymous")}</td>
                    <td>{p.email ?? "—"}</td>
                    <td>{p.amountMinor !== null && p.currency ? formatMoney(p.amountMinor, p.currency, locale) : "—"}</td>
                    <td>{p.item ? `${p.item} × ${p.quantity ?? 0}` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
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
