import { NextResponse } from "next/server";
import type { ErrorCode } from "../errors";
import { ERROR_STATUS } from "../errors";
import { negotiateLocale } from "../i18n/negotiate";
import { createTranslator, type MessageKey, type Vars } from "../i18n/translate";
import type { ErrorBody } from "./respond";

/** The documented error body with its message in the language the request asks for. */
export function localisedErrorBody(acceptLanguage: string | null | undefined, code: ErrorCode, key: MessageKey, vars?: Vars): ErrorBody {
  return { error: { code, message: createTranslator(negotiateLocale(acceptLanguage))(key, vars) } };
}

export function localisedError(req: Request, code: ErrorCode, key: MessageKey, vars?: Vars): NextResponse<ErrorBody> {
  return NextResponse.json(localisedErrorBody(req.headers.get("accept-language"), code, key, vars), {
    status: ERROR_STATUS[code],
    headers: { "Cache-Control": "no-store" },
  });
}
