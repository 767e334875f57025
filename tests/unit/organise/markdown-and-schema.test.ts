import { describe, expect, it } from "vitest";
import { createActionInput, updateActionInput } from "@/lib/organise/action-schema";
import { sanitizeMarkdown } from "@/lib/organise/markdown";
import { renderPreview } from "@/lib/organise/markdown-preview";
import { sniffImageType } from "@/lib/uploads/sniff";

describe("Markdown sanitising", () => {
  it("drops scripts with their content, other tags but not their text, and unsafe link targets", () => {
    const out = sanitizeMarkdown("Hi <b>there</b>\n\n<script>steal()</script><SCRIPT SRC=//x></SCRIPT>\n\n[a](javascript:alert(1)) [b](https://ok.example) <iframe src=x></iframe>");
    expect(out).toContain("Hi there");
    expect(out).toContain("[b](https://ok.example)");
    expect(out).not.toMatch(/script|steal|iframe|javascript/i);
  });

  it("keeps code blocks as typed", () => {
    const md = "```html\n<script>shown as code</script>\n```";
    expect(sanitizeMarkdown(md)).toBe(md);
  });

  it("the browser preview escapes raw HTML instead of running it", () => {
    const html = renderPreview("<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("<strong>bold</strong>");
  });
});

describe("the shared form schema", () => {
  const base = {
    chapterId: "c1",
    statementId: "s1",
    kind: "RALLY",
    title: "Rally",
    startsAt: "2030-05-01T10:00",
    endsAt: "2030-05-01T12:00",
    timeZone: "Europe/Madrid",
    lat: 40.4,
    lng: -3.7,
  };

  it("reports every broken field with a catalogue key", () => {
    const r = createActionInput.safeParse({ ...base, title: "", endsAt: "2030-05-01T09:00", goalMinor: 10, mode: "ONLINE" });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      title: "organise.errors.required",
      endsAt: "organise.errors.endBeforeStart",
      currency: "organise.errors.currencyRequired",
      onlineUrl: "organise.errors.onlineUrlRequired",
    });
    for (const message of Object.values(fields)) expect(message).toMatch(/^organise\.errors\./);
  });

  it("a boycott needs a target; an in-person action needs a place", () => {
    const r = createActionInput.safeParse({ ...base, kind: "BOYCOTT", lat: null, lng: null });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["targets", "location"]));
  });

  it("a PATCH applies no defaults, so absent fields stay unchanged", () => {
    expect(updateActionInput.parse({ title: "New" })).toEqual({ title: "New" });
  });
});

describe("image type sniffing", () => {
  it("goes by the bytes", () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffImageType(new TextEncoder().encode("RIFF1234WEBPVP8 "))).toBe("webp");
    expect(sniffImageType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
  });
});
