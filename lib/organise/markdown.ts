import { marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/** Elements removed together with everything inside them: their content is code, not prose. */
const WITH_CONTENT = "script|style|iframe|object|embed|noscript|template|svg|math|textarea|select|xmp|title|frameset|frame|applet";
const BLOCK_WITH_CONTENT = new RegExp(`<(${WITH_CONTENT})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, "gi");
const OPEN_WITHOUT_CLOSE = new RegExp(`<\\/?(${WITH_CONTENT})\\b[^>]*>?`, "gi");
const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/(?!\/))/i;
const FENCE = /(^|\n)(```|~~~)[^\n]*\n[\s\S]*?\n\2[^\n]*(?=\n|$)|`[^`\n]+`/g;

/**
 * Descriptions are stored as Markdown the organiser can edit again, so we sanitise the source
 * rather than the HTML: raw HTML is dropped (scripts and the like with their content), and links
 * or images with a non-http(s) target lose the target. Code blocks are left exactly as typed.
 * Pages still render it through a sanitiser; this keeps stored text harmless for every reader.
 */
export function sanitizeMarkdown(source: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of source.matchAll(FENCE)) {
    parts.push(cleanProse(source.slice(last, match.index)), match[0]);
    last = match.index + match[0].length;
  }
  parts.push(cleanProse(source.slice(last)));
  return dropUnsafeLinks(parts.join("")).trim();
}

function cleanProse(text: string): string {
  let out = text;
  for (let i = 0; i < 5; i++) {
    const next = out.replace(BLOCK_WITH_CONTENT, "").replace(OPEN_WITHOUT_CLOSE, "");
    if (next === out) break;
    out = next;
  }
  out = out.replace(/<!--[\s\S]*?(-->|$)/g, "");
  // Any remaining tag goes, its text stays; autolinks (<https://…>) are Markdown, not HTML.
  return out.replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) => (/^<(https?:\/\/|mailto:)[^\s<>]+>$/i.test(tag) ? tag : stripTag(tag)));
}

function stripTag(tag: string): string {
  return sanitizeHtml(tag, { allowedTags: [], allowedAttributes: {} });
}

function dropUnsafeLinks(source: string): string {
  let out = source;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "link" || token.type === "image") {
        const t = token as Tokens.Link | Tokens.Image;
        if (!SAFE_PROTOCOL.test(t.href.trim())) out = out.replace(t.raw, t.text);
      }
      if (token.type === "def") {
        const t = token as Tokens.Def;
        if (!SAFE_PROTOCOL.test(t.href.trim())) out = out.replace(t.raw, "");
      }
      const children = (token as { tokens?: Token[]; items?: Token[] }).tokens ?? (token as { items?: Token[] }).items;
      if (children) visit(children);
    }
  };
  visit(marked.lexer(out));
  // Whatever the lexer did not see as a link (e.g. in tables): neutralise the protocol itself.
  return out.replace(/\]\(\s*<?\s*(javascript|vbscript|data|file):[^)]*\)/gi, "]()");
}
