"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { apiFetch } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { setHighlight, useUpdating } from "@/components/map/discovery-bus";
import { ActionCard } from "./action-card";
import { readActionList } from "./check-response";

type Located = { id: string; lat: number | null; lng: number | null };

/**
 * The list beside the map. The first page arrives rendered by the server as `children` (cards are
 * server components: it works without JavaScript and hydrates no card code); "Show more" is a plain
 * link to the next page, which in the browser fetches that page through TanStack Query, appends it
 * in place and moves focus to the first new action. Focusing or pointing at an action highlights
 * its marker.
 */
export function ActionList({ children, located, nextCursor, pageHref, apiParams }: {
  children: ReactNode;
  /** Id and public point of each server-rendered item, for highlighting its marker. */
  located: Located[];
  nextCursor: string | null;
  /** This page's URL without a cursor; "Show more" adds the next one. */
  pageHref: string;
  /** The list's API parameters, page size included, without a cursor. */
  apiParams: Record<string, string>;
}) {
  const { locale, t } = useI18n();
  const updating = useUpdating();
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Nothing is fetched until "Show more" is pressed: the first page is the server's.
  const more = useInfiniteQuery({
    queryKey: ["actions", "more", locale, apiParams, nextCursor],
    queryFn: ({ pageParam }) => apiFetch<unknown>(`/api/actions?${new URLSearchParams({ ...apiParams, cursor: pageParam ?? "", locale })}`).then(readActionList),
    initialPageParam: nextCursor,
    getNextPageParam: (page) => page.nextCursor,
    enabled: false,
  });
  const pages = more.data?.pages ?? [];
  const cursor = pages.length > 0 ? (pages[pages.length - 1].nextCursor ?? null) : nextCursor;
  // A row published between two pages can sort before the cursor only if it is new; never show one twice.
  const seen = new Set(located.map((l) => l.id));
  const extra = pages.flatMap((p) => p.items).filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));

  // Once the fetched page is rendered, focus moves to its first action (each page's id differs).
  useEffect(() => {
    if (focusId) listRef.current?.querySelector<HTMLAnchorElement>(`[data-action-id="${CSS.escape(focusId)}"] .action-card__title a`)?.focus();
  }, [focusId]);

  useEffect(() => () => setHighlight(null), []);

  async function loadMore(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor || more.isFetching) return;
    const shownBefore = new Set([...located.map((l) => l.id), ...extra.map((e) => e.id)]);
    const result = await more.fetchNextPage();
    const fresh = result.data?.pages.flatMap((p) => p.items).find((i) => !shownBefore.has(i.id));
    if (fresh) setFocusId(fresh.id);
  }

  const highlightFrom = (target: EventTarget) => {
    const id = (target as HTMLElement).closest<HTMLElement>("[data-action-id]")?.dataset.actionId;
    const item = id ? (located.find((a) => a.id === id) ?? extra.find((a) => a.id === id)) : undefined;
    setHighlight(item ? { id: item.id, lat: item.lat, lng: item.lng } : null);
  };

  return (
    <div className="action-list-wrap" aria-busy={updating || more.isFetching}>
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
      {more.isError && !more.isFetching ? (
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
            aria-disabled={more.isFetching || undefined}
          >
            {more.isFetching ? t("discover.loadingMore") : t("discover.more")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
