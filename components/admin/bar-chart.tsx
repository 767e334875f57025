import { barGeometry } from "@/lib/admin/chart";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

const W = 300;
const H = 80;

/**
 * A small bar chart per day. Screen readers get one sentence (role="img" + aria-label) and the
 * numbers sit in a table anyone can open; the SVG is decoration over the same data.
 */
export function BarChart({ title, points, locale, t }: { title: string; points: { day: string; count: number }[]; locale: Locale; t: Translate }) {
  const { bars, max } = barGeometry(points.map((p) => ({ label: p.day, value: p.count })), W, H);
  const total = points.reduce((n, p) => n + p.count, 0);
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const summary = t("admin.dashboard.chartSummary", { title, total: formatNumber(total, locale), days: points.length, max: formatNumber(max, locale) });
  return (
    <figure className="admin-chart admin-card">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {bars.map((b) => (
          <rect key={b.label} x={b.x} y={b.y} width={b.width} height={b.height} />
        ))}
      </svg>
      <p className="muted">{summary}</p>
      <details>
        <summary>{t("admin.dashboard.showTable")}</summary>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.dashboard.day")}</th>
              <th scope="col">{t("admin.dashboard.count")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <td>
                  <time dateTime={p.day}>{day.format(new Date(`${p.day}T00:00:00Z`))}</time>
                </td>
                <td>{formatNumber(p.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
