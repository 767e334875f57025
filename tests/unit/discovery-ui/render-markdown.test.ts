import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/discovery-ui/render-markdown";
import { safeUrl } from "@/lib/discovery-ui/safe-url";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    expect(renderMarkdown("Hello **world**\n\n- a\n- b")).toBe("<p>Hello <strong>world</strong></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  });
  it("removes scripts, event handlers, images and javascript: links", () => {
    const raw = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)> <a href="#" onclick="alert(1)">y</a>');
    expect(raw).not.toMatch(/<script|onerror|onclick|<img/i);
    const md = renderMarkdown("Text ![i](https://e.org/i.png) and [x](javascript:alert(1)) end");
    expect(md).not.toMatch(/<img|href="javascript/i);
    expect(md).toContain("<a");
  });
  it("opens links without a referrer and keeps headings below the page's own", () => {
    const html = renderMarkdown("# Title\n\n[site](https://example.org)");
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">site</a>');
  });
});

describe("safeUrl", () => {
  it.each([
    ["https://example.org/a", "https://example.org/a"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", null],
    ["data:text/html,x", null],
    ["not a url", null],
    [null, null],
  ])("%j → %j", (input, expected) => expect(safeUrl(input)).toBe(expected));
});
