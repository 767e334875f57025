import { LOCALES } from "./locales";

/**
 * The same page in every interface language, as an HTTP `Link` header (search engines read
 * hreflang there as in HTML): one place for every page, whatever its metadata. `x-default` is the
 * address that picks a language from the browser's.
 */
export function hreflangLinks(origin: string, pathAfterLocale: string, search = ""): string {
  const rest = pathAfterLocale === "/" ? "" : pathAfterLocale;
  const links = LOCALES.map((l) => `<${origin}/${l}${rest}${search}>; rel="alternate"; hreflang="${l}"`);
  links.push(`<${origin}${rest || "/"}${search}>; rel="alternate"; hreflang="x-default"`);
  return links.join(", ");
}
