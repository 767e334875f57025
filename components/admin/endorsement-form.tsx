"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { adminRequest } from "./api";
import { FormOutcome } from "./form-outcome";

type Props = { statementId: string; chapters: { id: string; name: string }[]; endorsed: string[] };

/** Tick the chapters that endorse the statement; only the differences are sent. */
export function EndorsementForm({ statementId, chapters, endorsed }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [checked, setChecked] = useState(new Set(endorsed));
  const [status, setStatus] = useState("");
  const mutation = useMutation({
    mutationFn: (body: object) => adminRequest("PATCH", `/api/admin/statements/${statementId}`, body),
    onSuccess: () => {
      setStatus(t("admin.saved"));
      router.refresh();
    },
  });
  const changes = chapters.filter((c) => checked.has(c.id) !== endorsed.includes(c.id)).map((c) => ({ chapterId: c.id, endorsed: checked.has(c.id) }));
  return (
    <form method="post"
      className="admin-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (changes.length) mutation.mutate({ endorsements: changes });
        else setStatus(t("admin.saved"));
      }}
    >
      <fieldset className="admin-field">
        <legend className="admin-legend">{t("admin.statements.endorsements")}</legend>
        <p className="admin-hint">{t("admin.statements.endorsementsHint")}</p>
        <ul className="admin-checkboxes">
          {chapters.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked.has(c.id)}
                  onChange={(e) => {
                    const next = new Set(checked);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    setChecked(next);
                  }}
                />{" "}
                {c.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormOutcome error={mutation.error} status={status} />
      <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
        {t("admin.statements.saveEndorsements")}
      </button>
    </form>
  );
}
