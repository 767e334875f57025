import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { checkHealth } from "@/lib/health";
import { healthQuery } from "@/lib/health-spec";
import { parseOr400, route } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

export const GET = route(async (req: Request) => {
  const { deep } = parseOr400(healthQuery, Object.fromEntries(new URL(req.url).searchParams));
  const health = await checkHealth({ deep: deep === "1" });
  // 503 in the documented error shape, so a load balancer takes the instance out of rotation.
  if (!health.ok) throw new AppError("UNAVAILABLE", "The database cannot be reached");
  return NextResponse.json(health, { headers: { "Cache-Control": "no-store" } });
});
