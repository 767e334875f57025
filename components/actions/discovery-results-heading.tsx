import Link from "next/link";
import type { Near } from "@/lib/discovery-ui/home-query";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Says what the list shows: everything, the map's area, or what is near a place (nearest first). */
export function DiscoveryResultsHeading({ view, near, t, worldHref }: { view: "near" | "area" | "all"; near: Near | null; locale: Locale; t: Translate; worldHref: string }) {
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
      {view !== "all" ? (
        <Link href={worldHref} className="results-heading__world">
          {t("discover.showWorld")}
        </Link>
      ) : null}
    </div>
  );
}
