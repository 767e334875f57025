import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { createStatement } from "@/lib/admin/statement-mutations";
import { listAdminStatements } from "@/lib/admin/statement-queries";
import { createStatementBody } from "@/lib/admin/statement-schema";

export const GET = gate({ auth: "admin" }, async () => ({ items: await listAdminStatements() }));

// Statement bodies are long Markdown documents; five languages (Arabic is two bytes a character) fit in 1 MiB.
export const POST = gate({ auth: "admin", body: createStatementBody, maxBodyBytes: 1024 * 1024 }, async ({ user, body }) =>
  NextResponse.json(await createStatement(user, body), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
