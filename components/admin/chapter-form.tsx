"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminChapter, TrustLevel } from "@/lib/admin/chapter-schema";
import { adminRequest } from "./api";
import { TextField } from "@/components/ui/text-field";
import { fieldErrors } from "./use-error-text";
import { FormOutcome } from "./form-outcome";

const TEXT_FIELDS = ["name", "slug", "countryCode", "city", "lat", "lng", "contact"] as const;

/** Create a chapter, or edit one (only changed fields are sent, so the audit entry is precise). */
export function ChapterForm({ chapter }: { chapter?: AdminChapter }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState("");
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      chapter ? adminRequest<AdminChapter>("PATCH", `/api/admin/chapters/${chapter.id}`, body) : adminRequest<AdminChapter>("POST", "/api/admin/chapters", body),
    onSuccess: (saved) => {
      if (chapter) {
        setStatus(t("admin.saved"));
        router.refresh();
      } else {
        router.push(`/${locale}/admin/chapters/${saved.id}`);
      }
    },
  });
  const errors = fieldErrors(mutation.error);
  const err = (name: string) => (errors[name] ? errors[name].message : undefined);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => String(data.get(k) ?? "").trim();
    const body: Record<string, unknown> = {
      name: value("name"),
      slug: value("slug"),
      countryCode: value("countryCode"),
      city: value("city"),
      lat: Number(value("lat")),
      lng: Number(value("lng")),
      description: value("description"),
      contact: value("contact") || null,
      trust: value("trust") as TrustLevel,
    };
    if (chapter) {
      for (const k of Object.keys(body)) if (JSON.stringify(body[k]) === JSON.stringify(chapter[k as keyof AdminChapter])) delete body[k];
      if (Object.keys(body).length === 0) return setStatus(t("admin.saved"));
    }
    mutation.mutate(body);
  };

  const label: Record<(typeof TEXT_FIELDS)[number], string> = {
    name: t("admin.chapters.name"),
    slug: t("admin.chapters.slug"),
    countryCode: t("admin.chapters.countryCode"),
    city: t("admin.chapters.city"),
    lat: t("admin.chapters.lat"),
    lng: t("admin.chapters.lng"),
    contact: t("admin.chapters.contact"),
  };
  const hint: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = { slug: t("admin.chapters.slugHint"), countryCode: t("admin.chapters.countryHint") };
  return (
    <form method="post" onSubmit={submit} noValidate>
      <div className="admin-grid2">
        {TEXT_FIELDS.map((name) => (
          <TextField look="admin"
            key={name}
            label={label[name]}
            hint={hint[name]}
            name={name}
            error={err(name)}
            required={name !== "contact"}
            dir={name === "slug" || name === "countryCode" || name === "lat" || name === "lng" ? "ltr" : undefined}
            inputMode={name === "lat" || name === "lng" ? "decimal" : undefined}
            defaultValue={chapter ? String(chapter[name] ?? "") : ""}
          />
        ))}
        <div className="admin-field">
          <label htmlFor="chapter-trust">{t("admin.chapters.trust")}</label>
          <select id="chapter-trust" name="trust" className="admin-select" defaultValue={chapter?.trust ?? "NEW"}>
            {(["NEW", "VERIFIED", "TRUSTED"] as const).map((level) => (
              <option key={level} value={level}>
                {t(`admin.trust.${level}`)}
              </option>
            ))}
          </select>
          <p className="admin-hint">{t("admin.chapters.trustHint")}</p>
        </div>
      </div>
      <TextField look="admin" multiline label={t("admin.chapters.descriptionLabel")} name="description" error={err("description")} defaultValue={chapter?.description ?? ""} rows={4} />
      <FormOutcome error={mutation.error} status={status} />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("admin.saving") : t(chapter ? "admin.chapters.save" : "admin.chapters.create")}
      </button>
    </form>
  );
}
