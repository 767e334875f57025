import type { PublicActionItem } from "@/lib/actions/public-dto";
import type { Translate } from "@/lib/i18n/translator";

/** The one or two numbers that matter for each kind of action, as short phrases. */
export function actionCountPhrases(item: Pick<PublicActionItem, "kind" | "counts">, t: Translate): string[] {
  const c = item.counts;
  if (item.kind === "DONATION_DRIVE") return [t("discover.counts.pledges", { count: c.pledges })];
  if (item.kind === "BOYCOTT") return [t("discover.counts.commitments", { count: c.commitments })];
  const going =
    c.capacity !== null
      ? t("discover.counts.capacity", { going: c.going, capacity: c.capacity })
      : t("discover.counts.going", { count: c.going });
  return c.waitlisted > 0 ? [going, t("discover.counts.waitlisted", { count: c.waitlisted })] : [going];
}
