import type { Locale } from "../i18n/locales";
import { actionUrl, type FeedAction } from "./feed-actions";

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string)
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export type AtomFeed = { title: string; base: string; selfUrl: string; locale: Locale; actions: FeedAction[] };

/** Atom 1.0 feed of newly published actions; entries link to the public action page. */
export function buildAtom(feed: AtomFeed): string {
  const updated = feed.actions[0]?.publishedAt ?? new Date(0);
  const entries = feed.actions.map((a) => {
    const url = actionUrl(feed.base, feed.locale, a.slug);
    const when = `${a.startsAt.toISOString()} – ${a.endsAt.toISOString()} (${a.timeZone})`;
    return [
      "  <entry>",
      `    <id>urn:mobilise:action:${escapeXml(a.id)}</id>`,
      `    <title>${escapeXml(a.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${(a.publishedAt ?? a.updatedAt).toISOString()}</published>`,
      `    <updated>${a.updatedAt.toISOString()}</updated>`,
      `    <author><name>${escapeXml(a.chapter.name)}</name></author>`,
      `    <category term="${a.kind}"/>`,
      // Languages spoken at the action, machine-readable (BCP 47), for readers that filter by language.
      ...(a.languages ?? []).map((l) => `    <category scheme="urn:mobilise:language" term="${escapeXml(l)}"/>`),
      `    <summary type="text">${escapeXml(`${when} · ${a.chapter.city}\n\n${a.description}`)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${feed.base}/${feed.locale}`)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
