"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { inviteInput } from "@/lib/organise/chapter-schema";
import { apiFetch, ApiError, errorText, fieldText } from "./api";
import { ConfirmDialog } from "./confirm-dialog";
import { Field } from "./field";

type Member = { userId: string; name: string | null; role: "ORGANISER" | "MEMBER"; since: string };

/** Members (names and roles only), removal behind a confirmation, and the co-organiser invitation. */
export function ChapterMembers({ slug, members, selfId }: { slug: string; members: Member[]; selfId: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [emailError, setEmailError] = useState<string | undefined>();
  const remove = useMutation({
    mutationFn: (userId: string) => apiFetch(`/api/chapters/${slug}/members?${new URLSearchParams({ userId })}`, { method: "DELETE" }),
    onSuccess: () => {
      setRemoving(null);
      router.refresh();
    },
  });
  const invite = useMutation({
    mutationFn: (body: unknown) => apiFetch(`/api/chapters/${slug}/members`, { method: "POST", body }),
    onSuccess: () => {
      setEmail("");
      setName("");
      router.refresh();
    },
    onError: (e) => setEmailError(e instanceof ApiError ? e.fields.email?.message : undefined),
  });
  function onInvite(e: FormEvent) {
    e.preventDefault();
    const parsed = inviteInput.safeParse({ email, name, locale });
    if (!parsed.success) {
      setEmailError(parsed.error.issues.find((i) => i.path[0] === "email")?.message);
      document.getElementById("invite-email")?.focus();
      return;
    }
    setEmailError(undefined);
    invite.mutate({ email, name, locale });
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const label = (m: Member) => m.name ?? t("organise.chapter.unnamed");
  return (
    <>
      <ul className="org-members">
        {members.map((m) => (
          <li key={m.userId}>
            <span>
              {label(m)} {m.userId === selfId ? t("organise.chapter.you") : ""} · {t(`organise.chapter.memberRole.${m.role}`)}{" "}
              <span className="muted">{t("organise.chapter.since", { date: date.format(new Date(m.since)) })}</span>
            </span>
            <button type="button" className="button button--secondary" aria-label={t("organise.chapter.removeName", { name: label(m) })} onClick={() => setRemoving(m)}>
              {t("organise.chapter.remove")}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={!!removing}
        danger
        title={t("organise.chapter.removeHeading", { name: removing ? label(removing) : "" })}
        confirmLabel={t("organise.chapter.removeConfirm")}
        busy={remove.isPending}
        error={remove.isError ? errorText(t, remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing.userId)}
      >
        <p>{t("organise.chapter.removeIntro")}</p>
      </ConfirmDialog>

      <h3>{t("organise.chapter.invite")}</h3>
      <form method="post" onSubmit={onInvite} noValidate>
        <p className="muted">{t("organise.chapter.inviteIntro")}</p>
        <div className="org-row">
          <Field id="invite-email" label={t("organise.chapter.inviteEmail")} error={fieldText(t, emailError)} required>
            {(a11y) => <input {...a11y} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field id="invite-name" label={t("organise.chapter.inviteName")}>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" className="button" disabled={invite.isPending}>
          {t("organise.chapter.inviteSend")}
        </button>
        <p role="status">{invite.isSuccess ? t("organise.chapter.invited", { email: String((invite.variables as { email: string }).email) }) : ""}</p>
        {invite.isError && !(invite.error instanceof ApiError && invite.error.code === "VALIDATION") ? (
          <p role="alert" className="org-alert org-alert--error">
            {errorText(t, invite.error)}
          </p>
        ) : null}
      </form>
    </>
  );
}
