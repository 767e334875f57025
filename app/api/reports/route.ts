import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { createReport } from "@/lib/reports/create-report";
import { createReportBody } from "@/lib/reports/schema";

/** Public: no account needed, nothing about the reporter is kept; limited per client address. */
export const POST = gate(
  { auth: "none", body: createReportBody, rateLimits: [{ name: "REPORT", by: "ip" }], maxBodyBytes: 8 * 1024 },
  async ({ body }) => NextResponse.json(await createReport(body), { status: 201, headers: { "Cache-Control": "no-store" } }),
);
