import { Marked } from "marked";

const SAFE_HREF = /^(https?:|mailto:|#|\/(?!\/))/i;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Browser-side preview of the description: raw HTML is shown as text and unsafe link targets
 * are dropped, so previewing can never run anything. (The server sanitises on save.)
 */
const preview = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escape(text),
    link({ href, text }) {
      return SAFE_HREF.test(href) ? `<a href="${escape(href)}" rel="nofollow noopener" target="_blank">${escape(text)}</a>` : escape(text);
    },
    image: ({ text }) => escape(text),
  },
});

export function renderPreview(markdown: string): string {
  return preview.parse(markdown, { async: false });
}
