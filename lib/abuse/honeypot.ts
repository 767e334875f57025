import { z } from "zod";
import type { CurrentUser } from "../auth/current-user";
import { AppError } from "../errors";

/**
 * The honeypot: a form field people never see (visually hidden, out of the tab order, not
 * autofilled) that form-filling bots fill like every other input. The name is the one the
 * report form already uses, so every anonymous form shares one convention.
 */
export const HONEYPOT_FIELD = "website";

const honeypotShape = z.object({ [HONEYPOT_FIELD]: z.string().max(500).optional() });

/** Adds the honeypot to a body schema without touching the schema itself (refined objects cannot be extended). */
export function withHoneypot<S extends z.ZodType>(schema: S) {
  return z.intersection(schema, honeypotShape);
}

export function isBotSubmission(body: unknown): boolean {
  const value = (body as Record<string, unknown> | null)?.[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Refuses an anonymous submission whose honeypot is filled. Signed-in people are not checked:
 * they are accountable, and password managers sometimes fill odd fields.
 */
export function assertHuman(body: unknown, user: CurrentUser | null): void {
  if (!user && isBotSubmission(body)) throw new AppError("BAD_REQUEST", "The request could not be accepted");
}
