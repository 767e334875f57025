import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { AppError } from "@/lib/errors";
import { checkHealth } from "@/lib/health";
import { healthQuery } from "@/lib/health-spec";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "none", query: healthQuery }, async ({ query }) => {
  const health = await checkHealth({ deep: query.deep === "1" });
  // 503 in the documented error shape, so a load balancer takes the instance out of rotation.
  if (!health.ok) throw new AppError("UNAVAILABLE", "The database cannot be reached");
  return NextResponse.json(health, { headers: { "Cache-Control": "no-store" } });
});
