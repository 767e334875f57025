"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { messageInput } from "@/lib/organise/run-schema";
import { apiFetch, ApiError, errorText, fieldText } from "./api";
import { Field } from "./field";

/** A message mailed to each attendee separately. */
export function MessageForm({ actionId }: { actionId: string }) {
  const { t } = useI18n();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [audience, setAudience] = useState<"GOING" | "EVERYONE">("GOING");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: () => apiFetch<{ sent: number }>(`/api/actions/${actionId}/messages`, { method: "POST", body: { subject, body, audience } }),
    onSuccess: () => {
      setSubject("");
      setBody("");
    },
    onError: (e) => {
      if (e instanceof ApiError) setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.message])));
    },
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = messageInput.safeParse({ subject, body, audience });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
      return;
    }
    setErrors({});
    send.mutate();
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      <p className="muted">{t("organise.run.message.intro")}</p>
      <Field id="msg-audience" label={t("organise.run.message.audience")}>
        {(a11y) => (
          <select {...a11y} value={audience} onChange={(e) => setAudience(e.target.value as "GOING" | "EVERYONE")}>
            <option value="GOING">{t("organise.run.message.audienceGOING")}</option>
            <option value="EVERYONE">{t("organise.run.message.audienceEVERYONE")}</option>
          </select>
        )}
      </Field>
      <Field id="msg-subject" label={t("organise.run.message.subject")} error={fieldText(t, errors.subject)} required>
        {(a11y) => <input {...a11y} type="text" maxLength={150} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field id="msg-body" label={t("organise.run.message.body")} error={fieldText(t, errors.body)} required>
        {(a11y) => <textarea {...a11y} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t("organise.run.message.sending") : t("organise.run.message.send")}
      </button>
      <p role="status">{send.isSuccess ? t("organise.run.message.sent", { count: send.data.sent }) : ""}</p>
      {send.isError && !(send.error instanceof ApiError && send.error.code === "VALIDATION") ? (
        <p role="alert" className="org-alert org-alert--error">
          {errorText(t, send.error)}
        </p>
      ) : null}
    </form>
  );
}
