import { getPublicAction, type PublicActionDetail } from "../discovery";
import { sharedRead } from "../discovery/shared-reads";
import type { Locale } from "../i18n/locales";
import { renderMarkdown } from "./render-markdown";

export type ActionPageData = { action: PublicActionDetail; descriptionHtml: string | null };

async function compute(idOrSlug: string, locale: Locale): Promise<ActionPageData | null> {
  const action = await getPublicAction(idOrSlug, locale);
  if (!action) return null;
  return { action, descriptionHtml: action.description.trim() ? renderMarkdown(action.description) : null };
}

/**
 * The public action and its rendered description. `shared`: an anonymous view with nothing of
 * its own to show (no form outcome) reuses what other views computed for this data version.
 */
export function loadActionPage(idOrSlug: string, locale: Locale, shared: boolean): Promise<ActionPageData | null> {
  return shared ? sharedRead(`action-page|${locale}|${idOrSlug}`, () => compute(idOrSlug, locale)) : compute(idOrSlug, locale);
}
