import { NextResponse } from "next/server";

/** 201 for a new row, 200 when an idempotent repeat returned the existing one; never cached. */
export function createdOrExisting<T extends object>(body: T, created: boolean) {
  return NextResponse.json(body, { status: created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
}
