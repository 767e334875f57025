"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { adminRequest } from "./api";
import { ReviewDecision, type Decision } from "./review-decision";
import type { QueueItem } from "./review-item-view";
import { isTyping } from "./shortcuts";
import { useErrorText } from "./use-error-text";

type Vars = { item: QueueItem; decision: Decision; text?: string };
const PATH: Record<Decision, string> = { approve: "approve", reject: "reject", changes: "request-changes" };

/**
 * The queue with j/k/a/r/c shortcuts; a decided action leaves the list at once. Each card's
 * content comes rendered from the server (`details`, by action id): this component only adds
 * the selection and the decisions around it.
 */
export function ReviewQueue({ initial, details }: { initial: QueueItem[]; details: Record<string, ReactNode> }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [rawSelected, setSelected] = useState(0);
  // After a decision the list shrinks; keep the selection on a card that still exists.
  const selected = Math.max(0, Math.min(rawSelected, items.length - 1));
  const [open, setOpen] = useState<{ id: string; decision: "reject" | "changes" } | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<{ id: string; text: string } | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());

  const mutation = useMutation({
    mutationFn: ({ item, decision, text }: Vars) =>
      adminRequest("POST", `/api/admin/actions/${item.id}/${PATH[decision]}`, decision === "reject" ? { reason: text } : decision === "changes" ? { note: text } : undefined),
    onSuccess: (_data, { item, decision }) => {
      const key = decision === "approve" ? "approved" : decision === "reject" ? "rejected" : "changesRequested";
      setStatus(t(`admin.review.${key}`, { title: item.title }));
      setItems((list) => list.filter((i) => i.id !== item.id));
      setOpen(null);
      setError(null);
      router.refresh();
    },
    onError: (err, { item }) => setError({ id: item.id, text: errorText(err) }),
  });

  const select = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(items.length - 1, index));
      setSelected(next);
      const item = items[next];
      if (item) cards.current.get(item.id)?.focus();
    },
    [items],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || mutation.isPending) return;
      const item = items[selected];
      if (e.key === "j") select(selected + 1);
      else if (e.key === "k") select(selected - 1);
      else if (item && e.key === "a") mutation.mutate({ item, decision: "approve" });
      else if (item && e.key === "r") setOpen({ id: item.id, decision: "reject" });
      else if (item && e.key === "c") setOpen({ id: item.id, decision: "changes" });
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, selected, select, mutation]);

  return (
    <>
      <p className="admin-status" role="status" aria-live="polite">
        {status}
      </p>
      <p>{t("admin.review.waiting", { count: items.length })}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t("admin.review.empty")}</p>
      ) : (
        <ol className="review-list">
          {items.map((item, index) => (
            <li key={item.id}>
              <article
                className="review-item"
                data-selected={index === selected}
                data-action-id={item.id}
                aria-labelledby={`review-${item.id}`}
                tabIndex={-1}
                ref={(el) => {
                  if (el) cards.current.set(item.id, el);
                  else cards.current.delete(item.id);
                }}
                onFocus={() => setSelected(index)}
              >
                <h2 id={`review-${item.id}`}>
                  <bdi>{item.title}</bdi>
                  {index === selected ? <span className="visually-hidden"> ({t("admin.review.selected")})</span> : null}
                </h2>
                {details[item.id]}
                <ReviewDecision
                  item={item}
                  open={open?.id === item.id ? open.decision : null}
                  onOpen={(decision) => setOpen(decision ? { id: item.id, decision } : null)}
                  onDecide={(decision, text) => mutation.mutate({ item, decision, text })}
                  pending={mutation.isPending && mutation.variables?.item.id === item.id}
                  error={error?.id === item.id ? error.text : null}
                />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
