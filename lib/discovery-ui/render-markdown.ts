import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Organisers and statement authors write Markdown; visitors may be at risk, so the HTML is
 * sanitised on the server: no scripts, styles, images (they would leak the reader's address to
 * a third party) or event handlers; links open without a referrer.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "hr"],
  allowedAttributes: { a: ["href", "title"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside user text stay below the page's own h1/h2.
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
  },
};

export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { a: ["href", "title", "rel", "target"] } });
}
