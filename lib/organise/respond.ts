import { NextResponse } from "next/server";

/** 201 for a new resource; organiser responses are personal, so never cached. */
export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
}

export function csvResponse(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^a-zA-Z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}

export function imageResponse(data: Buffer): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      // Names are random and never reused: the bytes behind one never change.
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
