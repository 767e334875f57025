import type { ErrorCode } from "../errors";
import { negotiateLocale } from "../i18n/negotiate";
import { createTranslator, type MessageKey, type Vars } from "../i18n/translate";
import type { ErrorBody } from "./respond";

/**
 * The documented error body with its message in the language the request asks for. Free of
 * Next's own modules: lib/cli/serve.ts uses it before Next has set up its runtime.
 */
export function localisedErrorBody(acceptLanguage: string | null | undefined, code: ErrorCode, key: MessageKey, vars?: Vars): ErrorBody {
  return { error: { code, message: createTranslator(negotiateLocale(acceptLanguage))(key, vars) } };
}
