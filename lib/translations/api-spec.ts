import type { OperationSpec } from "../openapi/operation";
import { languageSettingsBody, rejectSubmissionBody, submissionResult, submitTranslationBody, translationWork, workQuery } from "./schema";

const ERRORS = [400, 401, 403, 404, 409, 429];

/** Volunteer translation of statements: translators submit, admins (or reviewers, where allowed) publish. */
export const translationOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/translations",
    summary: "Statements missing, outdated or waiting for review in the caller's translation languages (every language for admins)",
    tags: ["translations"],
    auth: "required",
    query: workQuery,
    response: translationWork,
    errors: [400, 401, 403],
  },
  {
    method: "post",
    path: "/api/statements/{slug}/translations/{locale}",
    summary: "Submit a statement's text in one language for review (translators of that language)",
    tags: ["translations"],
    auth: "required",
    body: submitTranslationBody,
    response: submissionResult,
    successStatus: 201,
    errors: [...ERRORS, 413, 422],
  },
  {
    method: "post",
    path: "/api/translations/submissions/{id}/publish",
    summary: "Publish a submitted translation (admins; reviewers of the language where peer review is on; never one's own)",
    tags: ["translations"],
    auth: "required",
    response: submissionResult,
    errors: ERRORS,
  },
  {
    method: "post",
    path: "/api/translations/submissions/{id}/reject",
    summary: "Send a submitted translation back with a note",
    tags: ["translations"],
    auth: "required",
    body: rejectSubmissionBody,
    response: submissionResult,
    errors: ERRORS,
  },
  {
    method: "put",
    path: "/api/admin/translation-languages/{locale}",
    summary: "Let a second translator of this language review instead of an admin",
    tags: ["admin", "translations"],
    auth: "admin",
    body: languageSettingsBody,
    response: languageSettingsBody,
    errors: ERRORS,
  },
];
