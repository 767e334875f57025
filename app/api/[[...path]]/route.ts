import { localisedError } from "@/lib/http/api-error";

/**
 * Any /api address (and /api itself) no route answers: the documented JSON 404, not the HTML page. More specific
 * routes always win over this catch-all, so it only ever sees paths that do not exist.
 */
const notFound = async (req: Request) => localisedError(req, "NOT_FOUND", "common.errors.apiNotFound");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
