"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminUser, UpdateUserBody } from "@/lib/admin/user-schema";
import { adminRequest } from "./api";
import { TranslatorGrantForm } from "./translator-grant-form";
import { useErrorText } from "./use-error-text";

type Props = { user: AdminUser; self: boolean; chapters: { id: string; name: string }[]; onSaved: (u: AdminUser) => void };

/** One person: role, suspension and chapter roles, each a single audited PATCH. */
export function UserRow({ user, self, chapters, onSaved }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [chapterId, setChapterId] = useState("");
  const [chapterRole, setChapterRole] = useState<"ORGANISER" | "MEMBER" | "NONE">("ORGANISER");
  const mutation = useMutation({
    mutationFn: (body: UpdateUserBody) => adminRequest<AdminUser>("PATCH", `/api/admin/users/${user.id}`, body),
    onSuccess: onSaved,
  });
  const name = user.name ?? t("admin.users.noName");
  const base = `user-${user.id}`;
  return (
    <tr data-user-id={user.id}>
      <th scope="row">
        {name}
        <br />
        <span className="muted">{user.email}</span>
        {self ? <p className="admin-hint">{t("admin.users.you")}</p> : null}
      </th>
      <td>
        <p>{t(`admin.users.roles.${user.role}`)}</p>
        {self ? null : (
          <button type="button" className="button button--secondary" disabled={mutation.isPending} onClick={() => mutation.mutate({ role: user.role === "ADMIN" ? "USER" : "ADMIN" })}>
            {t(user.role === "ADMIN" ? "admin.users.removeAdmin" : "admin.users.makeAdmin")}
          </button>
        )}
      </td>
      <td>
        <p>{user.suspendedAt ? t("admin.users.suspended") : t("admin.users.active")}</p>
        {self ? null : (
          <button
            type="button"
            className={user.suspendedAt ? "button button--secondary" : "button button--danger"}
            disabled={mutation.isPending}
            onClick={() => {
              if (user.suspendedAt || window.confirm(t("admin.users.suspendHint"))) mutation.mutate({ suspended: !user.suspendedAt });
            }}
          >
            {t(user.suspendedAt ? "admin.users.unsuspend" : "admin.users.suspend")}
          </button>
        )}
      </td>
      <td>
        {user.memberships.length === 0 ? (
          <p className="muted">{t("admin.users.noChapters")}</p>
        ) : (
          <ul>
            {user.memberships.map((m) => (
              <li key={m.chapterId}>
                {m.chapterName}: {t(`admin.users.chapterRoles.${m.role}`)}
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>{t("admin.users.manage", { name })}</summary>
          <form method="post"
            className="admin-row"
            aria-label={t("admin.users.manage", { name })}
            onSubmit={(e) => {
              e.preventDefault();
              if (chapterId) mutation.mutate({ chapter: { chapterId, role: chapterRole } });
            }}
          >
            <div className="admin-field">
              <label htmlFor={`${base}-chapter`}>{t("admin.users.chapterLabel")}</label>
              <select id={`${base}-chapter`} className="admin-select" value={chapterId} onChange={(e) => setChapterId(e.target.value)} required>
                <option value="">{t("admin.users.chooseChapter")}</option>
                {chapters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="admin-field">
              <label htmlFor={`${base}-role`}>{t("admin.users.chapterRoleLabel")}</label>
              <select id={`${base}-role`} className="admin-select" value={chapterRole} onChange={(e) => setChapterRole(e.target.value as typeof chapterRole)}>
                {(["ORGANISER", "MEMBER", "NONE"] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(`admin.users.chapterRoles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary" disabled={mutation.isPending || !chapterId}>
              {t("admin.users.applyChapterRole")}
            </button>
          </form>
          <TranslatorGrantForm user={user} pending={mutation.isPending} onChange={(body) => mutation.mutate(body)} />
        </details>
        {mutation.isError ? (
          <p className="admin-alert" role="alert">
            {errorText(mutation.error)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
