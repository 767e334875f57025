"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { setHighlight, useUpdating } from "@/components/map/discovery-bus";
import { actionListResponse, type NearActionItem, type PublicActionItem } from "@/lib/actions/public-dto";
import { ActionCard } from "./action-card";

type Item = PublicActionItem | NearActionItem;

/**
 * The list beside the map. Rendered on the server first (works without JavaScript; "more" is then
 * a plain link to the next page); in the browser "more" appends the next page in place and moves
 * focus to the first new action. Focusing or pointing at an action highlights its marker.
 */
export function ActionList({ items, nextCursor, pageHref, apiParams }: {
  items: Item[];
  nextCursor: string | null;
  /** This page's URL without a cursor; "more" adds the next one. */
  pageHref: string;
  apiParams: Record<string, string>;
}) {
  const { locale, t } = useI18n();
  const updating = useUpdating();
  const [extra, setExtra] = useState<Item[]>([]);
  const [cursor, setCursor] = useState(nextCursor);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const focusId = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const all = [...items, ...extra];

  useEffect(() => {
    if (!focusId.current) return;
    listRef.current?.querySelector<HTMLAnchorElement>(`[data-action-id="${CSS.escape(focusId.current)}"] h3 a`)?.focus();
    focusId.current = null;
  }, [extra]);

  useEffect(() => () => setHighlight(null), []);

  async function loadMore(event: React.MouseEvent) {
    if (!cursor) return;
    event.preventDefault();
    setLoading(true);
    setFailed(false);
    try {
      const params = new URLSearchParams({ ...apiParams, cursor, locale });
      const res = await fetch(`/api/actions?${params}`, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const page = actionListResponse.parse(await res.json());
      focusId.current = page.items[0]?.id ?? null;
      setExtra((prev) => [...prev, ...page.items.filter((i) => !all.some((a) => a.id === i.id))]);
      setCursor(page.nextCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  const highlightFrom = (target: EventTarget) => {
    const id = (target as HTMLElement).closest<HTMLElement>("[data-action-id]")?.dataset.actionId;
    const item = id ? all.find((a) => a.id === id) : undefined;
    setHighlight(item ? { id: item.id, lat: item.lat, lng: item.lng } : null);
  };

  return (
    <div className="action-list-wrap" aria-busy={updating || loading}>
      <ul
        ref={listRef}
        className="action-list action-list--stacked"
        onFocus={(e) => highlightFrom(e.target)}
        onMouseOver={(e) => highlightFrom(e.target)}
        onMouseLeave={() => setHighlight(null)}
      >
        {all.map((a) => (
          <li key={a.id}>
            <ActionCard action={a} locale={locale} t={t} />
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="field__error" role="alert">
          {t("discover.moreError")}
        </p>
      ) : null}
      {cursor ? (
        <p className="list-more">
          <a className="button button--secondary" href={`${pageHref}${pageHref.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`} onClick={loadMore} aria-disabled={loading}>
            {loading ? t("discover.loadingMore") : t("discover.more")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
