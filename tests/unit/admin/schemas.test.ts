import { describe, expect, it } from "vitest";
import { flagsFor, trustOf, updateChapterBody } from "@/lib/admin/chapter-schema";
import { createStatementBody } from "@/lib/admin/statement-schema";
import { updateUserBody } from "@/lib/admin/user-schema";
import { createReportBody, resolveReportBody } from "@/lib/reports/schema";

describe("trust ladder", () => {
  it("maps levels to the two flags and back", () => {
    for (const level of ["NEW", "VERIFIED", "TRUSTED"] as const) expect(trustOf(flagsFor(level))).toBe(level);
    expect(flagsFor("TRUSTED")).toEqual({ verified: true, trusted: true });
    // A trusted flag without verification still reads as trusted: trust is what decides review.
    expect(trustOf({ verified: false, trusted: true })).toBe("TRUSTED");
  });
});

describe("request schemas", () => {
  it("resolve: dismiss, hide to review, hide as rejected only with a reason", () => {
    expect(resolveReportBody.safeParse({ resolution: "dismiss" }).success).toBe(true);
    expect(resolveReportBody.safeParse({ resolution: "hide", to: "PENDING_REVIEW" }).success).toBe(true);
    expect(resolveReportBody.safeParse({ resolution: "hide", to: "REJECTED" }).success).toBe(false);
    expect(resolveReportBody.safeParse({ resolution: "hide", to: "REJECTED", reason: "Fake event" }).success).toBe(true);
    expect(resolveReportBody.safeParse({ resolution: "hide", to: "PUBLISHED" }).success).toBe(false);
    expect(resolveReportBody.safeParse({ resolution: "delete" }).success).toBe(false);
  });

  it("report: a closed list of reasons, no reporter fields", () => {
    expect(createReportBody.safeParse({ actionId: "a", reason: "SPAM" }).data).toEqual({ actionId: "a", reason: "SPAM", details: "" });
    expect(createReportBody.safeParse({ actionId: "a", reason: "OTHER", email: "me@example.org" }).data).not.toHaveProperty("email");
    expect(createReportBody.safeParse({ actionId: "a", reason: "BORING" }).success).toBe(false);
  });

  it("user and chapter patches must change something", () => {
    expect(updateUserBody.safeParse({}).success).toBe(false);
    expect(updateUserBody.safeParse({ suspended: false }).success).toBe(true);
    expect(updateChapterBody.safeParse({}).success).toBe(false);
    expect(updateChapterBody.safeParse({ trust: "NEW" }).success).toBe(true);
  });

  it("statements need their source language and one text per language", () => {
    const t = (locale: string) => ({ locale, title: "T", body: "B" });
    expect(createStatementBody.safeParse({ slug: "s-1", translations: [t("en")] }).success).toBe(true);
    expect(createStatementBody.safeParse({ slug: "s-1", sourceLocale: "ar", translations: [t("en")] }).success).toBe(false);
    expect(createStatementBody.safeParse({ slug: "s-1", translations: [t("en"), t("en")] }).success).toBe(false);
  });
});
