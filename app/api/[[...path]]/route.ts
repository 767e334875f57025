import { NextResponse } from "next/server";
import { localisedErrorBody } from "@/lib/http/api-error";

/**
 * Any /api address (and /api itself) no route answers: the documented JSON 404, not the HTML
 * page. More specific routes always win over this catch-all, so it only sees unknown paths.
 */
const notFound = async (req: Request) =>
  NextResponse.json(localisedErrorBody(req.headers.get("accept-language"), "NOT_FOUND", "common.errors.apiNotFound"), {
    status: 404,
    headers: { "Cache-Control": "no-store" },
  });

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
