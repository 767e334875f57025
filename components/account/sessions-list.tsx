"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/components/auth/api";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { SessionDto } from "@/lib/auth/sessions";

export const sessionsKey = ["me", "sessions"] as const;

// Sessions have no place or zone of their own; UTC with the zone named renders the same on the
// server and in the browser.
function formatStarted(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(new Date(iso));
}

/** My sessions, by start date (no IP or browser exists to show), each with an "end" button. */
export function SessionsList({ initial }: { initial: SessionDto[] }) {
  const { locale, t } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionsKey,
    queryFn: () => sendJson<{ sessions: SessionDto[] }>("/api/me/sessions", "GET").then((r) => r.sessions),
    initialData: initial,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsKey });
  const endOne = useMutation({ mutationFn: (id: string) => sendJson<{ ended: number }>(`/api/me/sessions/${encodeURIComponent(id)}`, "DELETE"), onSettled: refresh });
  const endOthers = useMutation({ mutationFn: () => sendJson<{ ended: number }>("/api/me/sessions", "DELETE"), onSettled: refresh });

  const sessions = query.data ?? [];
  const others = sessions.filter((s) => !s.current);
  const ended = endOthers.data?.ended ?? endOne.data?.ended;
  return (
    <div className="account-sessions">
      <ul className="account-session-list">
        {sessions.map((s) => {
          const date = formatStarted(s.createdAt, locale);
          return (
            <li key={s.id}>
              <span>{t("account.sessions.started", { date })}</span>
              {s.current ? (
                <strong className="account-badge">{t("account.sessions.thisDevice")}</strong>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t("account.sessions.endLabel", { date })}
                  disabled={endOne.isPending}
                  onClick={() => endOne.mutate(s.id)}
                >
                  {t("account.sessions.end")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {others.length === 0 ? <p className="muted">{t("account.sessions.none")}</p> : null}
      <p role="status" className="account-status">
        {ended !== undefined ? t("account.sessions.ended", { count: ended }) : endOne.isError || endOthers.isError ? t("account.failed") : null}
      </p>
      {others.length > 0 ? (
        <button type="button" className="button button--secondary" disabled={endOthers.isPending} onClick={() => endOthers.mutate()}>
          {t("account.sessions.endOthers")}
        </button>
      ) : null}
    </div>
  );
}
