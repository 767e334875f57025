import type { Translate } from "@/lib/i18n/translator";

type Status = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";

export function StatusBadge({ status, t }: { status: Status; t: Translate }) {
  return (
    <span className={`org-status org-status--${status.toLowerCase()}`} data-status={status}>
      {t(`organise.status.${status}`)}
    </span>
  );
}
