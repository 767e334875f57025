import Link from "next/link";
import type { ActionCount } from "@/lib/discovery";
import type { Near } from "@/lib/discovery-ui/home-query";
import type { Translate } from "@/lib/i18n/translator";

/**
 * Says what the list shows (everything, the map's area, or what is near a place, nearest first)
 * and how many actions match in all, while the list itself shows one page of them.
 */
export function DiscoveryResultsHeading({ view, near, total, t, worldHref }: { view: "near" | "area" | "all"; near: Near | null; total: ActionCount; t: Translate; worldHref: string }) {
  const text =
    view === "near" && near
      ? t("discover.listHeadingNear", {
          radius: t("discover.near.radiusKm", { km: near.radiusKm }),
          place: near.place ?? t("discover.near.myLocation"),
        })
      : view === "area"
        ? t("discover.listHeadingArea")
        : t("discover.listHeading");
  return (
    <div className="results-heading">
      <h2 id="results-heading" tabIndex={-1}>
        {text}
      </h2>
      <p className="results-count" id="results-count">
        {total.capped ? t("discover.countCapped", { count: total.count }) : t("discover.count", { count: total.count })}
      </p>
      {view !== "all" ? (
        <Link href={worldHref} className="results-heading__world">
          {t("discover.showWorld")}
        </Link>
      ) : null}
    </div>
  );
}
