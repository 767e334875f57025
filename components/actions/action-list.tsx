"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { setHighlight, useUpdating } from "@/components/map/discovery-bus";
import type { PublicActionItem } from "@/lib/actions/public-dto";
import { ActionCard } from "./action-card";
import { readActionList } from "./check-response";

type Located = { id: string; lat: number | null; lng: number | null };

/**
 * The list beside the map. The first page arrives rendered by the server as `children` (so it
 * works without JavaScript and hydrates without re-formatting dates); "more" is then a plain link
 * to the next page, which in the browser appends in place and moves focus to the first new action.
 * Focusing or pointing at an action highlights its marker.
 */
export function ActionList({ children, located, nextCursor, pageHref, apiParams }: {
  children: ReactNode;
  /** Id and public point of each server-rendered item, for highlighting its marker. */
  located: Located[];
  nextCursor: string | null;
  /** This page's URL without a cursor; "more" adds the next one. */
  pageHref: string;
  apiParams: Record<string, string>;
}) {
  const { locale, t } = useI18n();
  const updating = useUpdating();
  const [extra, setExtra] = useState<PublicActionItem[]>([]);
  const [cursor, setCursor] = useState(nextCursor);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const focusId = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!focusId.current) return;
    listRef.current?.querySelector<HTMLAnchorElement>(`[data-action-id="${CSS.escape(focusId.current)}"] h3 a`)?.focus();
    focusId.current = null;
  }, [extra]);

  useEffect(() => () => setHighlight(null), []);

  async function loadMore(event: React.MouseEvent) {
    if (!cursor || loading) return;
    event.preventDefault();
    setLoading(true);
    setFailed(false);
    try {
      const params = new URLSearchParams({ ...apiParams, cursor, locale });
      const res = await fetch(`/api/actions?${params}`, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const page = readActionList(await res.json());
      const seen = new Set([...located.map((l) => l.id), ...extra.map((e) => e.id)]);
      const fresh = page.items.filter((i) => !seen.has(i.id));
      focusId.current = fresh[0]?.id ?? null;
      setExtra((prev) => [...prev, ...fresh]);
      setCursor(page.nextCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  const highlightFrom = (target: EventTarget) => {
    const id = (target as HTMLElement).closest<HTMLElement>("[data-action-id]")?.dataset.actionId;
    const item = id ? (located.find((a) => a.id === id) ?? extra.find((a) => a.id === id)) : undefined;
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
        {children}
        {extra.map((a) => (
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
          <a
            className="button button--secondary"
            href={`${pageHref}${pageHref.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`}
            onClick={loadMore}
            aria-disabled={loading || undefined}
          >
            {loading ? t("discover.loadingMore") : t("discover.more")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
