import { gate } from "@/lib/api/gate";
import { listMyRsvps } from "@/lib/rsvps/my-rsvps";

export const dynamic = "force-dynamic";

export const GET = gate({ auth: "required" }, async ({ user }) => listMyRsvps(user!));
