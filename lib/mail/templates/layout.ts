import { textDirection, type Locale } from "../../i18n/locales";

export type MailLayoutInput = {
  locale: Locale;
  /** Paragraphs before the button. */
  intro: string[];
  /** One clear call to action; its URL is also printed in full for text-only mail readers. */
  action?: { label: string; url: string };
  /** Paragraphs after the button (expiry, "ignore this mail if…"). */
  outro?: string[];
  signature: string;
};

/**
 * A minimal, translated mail body as plain text and HTML. Shared by every template so mails look
 * alike; everything interpolated is escaped, and Arabic mail is right-to-left.
 */
export function renderMail(input: MailLayoutInput): { text: string; html: string } {
  const { locale, intro, action, outro = [], signature } = input;
  const text = [
    ...intro,
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    ...outro,
    signature,
  ].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const button = action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 18px;background:#0b6b3a;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555555;word-break:break-all">${escapeHtml(action.url)}</p>`
    : "";
  const html =
    `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><body style="margin:0;padding:24px;font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">` +
    `<div style="max-width:560px;margin:0 auto">${intro.map(p).join("")}${button}${outro.map(p).join("")}${p(signature)}</div></body></html>`;
  return { text, html };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
