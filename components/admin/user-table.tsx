"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminUser } from "@/lib/admin/user-schema";
import { UserRow } from "./user-row";

type Props = { initial: AdminUser[]; selfId: string; chapters: { id: string; name: string }[] };

export function UserTable({ initial, selfId, chapters }: Props) {
  const { t } = useI18n();
  const [users, setUsers] = useState(initial);
  const [status, setStatus] = useState("");
  return (
    <>
      <p className="admin-status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="admin-table-wrap">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.users.name")}</th>
              <th scope="col">{t("admin.users.role")}</th>
              <th scope="col">{t("admin.users.status")}</th>
              <th scope="col">{t("admin.users.chapters")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                self={u.id === selfId}
                chapters={chapters}
                onSaved={(next) => {
                  setUsers((list) => list.map((x) => (x.id === next.id ? next : x)));
                  setStatus(t("admin.saved"));
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
