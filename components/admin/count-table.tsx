import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** A two-column table with a proportional bar beside each number (the bar is decorative). */
export function CountTable({ caption, keyHeading, countHeading, rows, locale, empty }: {
  caption: string;
  keyHeading: string;
  countHeading: string;
  rows: { key: string; label: string; count: number }[];
  locale: Locale;
  empty: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="admin-card">
      <h2>{caption}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{keyHeading}</th>
              <th scope="col">{countHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>
                  <span className="admin-meter" aria-hidden="true" style={{ inlineSize: `${Math.round((r.count / max) * 6 * 16)}px` }} />
                  {formatNumber(r.count, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
