import { safeUrl } from "@/lib/discovery-ui/safe-url";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A chapter's public contact: an email or web address becomes a link, anything else stays text. */
export function ChapterContact({ contact }: { contact: string }) {
  const value = contact.trim();
  if (EMAIL.test(value)) return <a href={`mailto:${value}`}>{value}</a>;
  const url = safeUrl(value);
  if (url) {
    return (
      <a href={url} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
        {value}
      </a>
    );
  }
  return <span>{value}</span>;
}
