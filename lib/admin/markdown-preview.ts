import { Marked } from "marked";

const SAFE_HREF = /^(https?:|mailto:|tel:|#|\/(?!\/))/i;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The statement editor's preview, run in the browser. It follows the public page's rules
 * (headings kept below the page's own, no images, no raw HTML, only web/mail links) without
 * shipping a full HTML sanitiser to the client: raw HTML is shown as text instead.
 */
const preview = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html: ({ text }) => escape(text),
    heading({ tokens, depth }) {
      const level = depth <= 3 ? 3 : 4;
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return SAFE_HREF.test(href.trim()) ? `<a href="${escape(href.trim())}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>` : text;
    },
    image: ({ text }) => escape(text),
  },
});

export function renderMarkdownPreview(markdown: string): string {
  return preview.parse(markdown, { async: false });
}
