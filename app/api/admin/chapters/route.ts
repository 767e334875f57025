import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { createChapter } from "@/lib/admin/chapter-mutations";
import { listAdminChapters } from "@/lib/admin/chapter-queries";
import { createChapterBody } from "@/lib/admin/chapter-schema";

export const GET = gate({ auth: "admin" }, async () => ({ items: await listAdminChapters() }));

export const POST = gate({ auth: "admin", body: createChapterBody }, async ({ user, body }) =>
  NextResponse.json(await createChapter(user, body), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
