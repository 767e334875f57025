import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, type FieldErrors } from "../errors";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { describeFields, issueKey, type FieldIssue } from "./field-errors";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, FieldIssue>; requestId?: string } };

/** The documented error shape; field messages in `locale` (the gate passes the request's). */
export function errorResponse(err: unknown, locale: Locale = DEFAULT_LOCALE): NextResponse<ErrorBody> {
  if (err instanceof AppError) {
    return NextResponse.json(
      { error: { code: err.code, message: err.message, ...(err.fields ? { fields: describeFields(err.fields, locale) } : {}) } },
      { status: err.status, headers: { "Cache-Control": "no-store", ...err.headers } },
    );
  }
  if (err instanceof z.ZodError) {
    return errorResponse(validationError(err), locale);
  }
  // Unexpected: log with an id the user can quote, never echo internals.
  const requestId = randomUUID();
  console.error(`[api] ${requestId}`, err);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong. Please try again.", requestId } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

export function validationError(err: z.ZodError): AppError {
  const fields: FieldErrors = {};
  for (const issue of err.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issueKey(issue));
  }
  return new AppError("VALIDATION", "Some fields are invalid", fields);
}

/** Parses with a zod schema, turning failures into a 400 VALIDATION error with per-field messages. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

