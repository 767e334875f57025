import type { PublicActionDetail } from "@/lib/discovery";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

type Need = NonNullable<PublicActionDetail["drive"]>["needs"][number];

export function NeedsTable({ needs, locale, t }: { needs: Need[]; locale: Locale; t: Translate }) {
  const qty = (n: number, unit: string | null) =>
    unit ? t("action.drive.quantityUnit", { quantity: formatNumber(n, locale), unit }) : formatNumber(n, locale);
  return (
    <div className="table-scroll">
      <table className="needs-table">
        <caption className="visually-hidden">{t("action.drive.needsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("action.drive.item")}</th>
            <th scope="col">{t("action.drive.needed")}</th>
            <th scope="col">{t("action.drive.pledged")}</th>
            <th scope="col">{t("action.drive.received")}</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((n) => (
            <tr key={n.id}>
              <th scope="row" dir="auto">{n.item}</th>
              <td>{qty(n.quantity, n.unit)}</td>
              <td>{qty(n.pledgedQuantity, n.unit)}</td>
              <td>{qty(n.receivedQuantity, n.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
