import { describe, expect, it } from "vitest";
import { renderMarkdownPreview } from "@/lib/admin/markdown-preview";

describe("renderMarkdownPreview", () => {
  it("renders Markdown with headings kept below the page's own", () => {
    const html = renderMarkdownPreview("# Title\n\nWe demand **justice**.\n\n- one\n- two");
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain("<strong>justice</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).not.toContain("<h1");
  });

  it("never lets HTML, scripts, images or unsafe links through", () => {
    const html = renderMarkdownPreview('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n![tracker](https://evil.example/p.gif)\n\n[x](javascript:alert(1)) [ok](https://example.org)');
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">ok</a>');
  });

  it("handles Arabic text untouched", () => {
    expect(renderMarkdownPreview("نطالب **بالعدالة**")).toContain("<strong>بالعدالة</strong>");
  });
});
