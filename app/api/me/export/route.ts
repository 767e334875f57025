import { gate } from "@/lib/api/gate";
import { exportMyData } from "@/lib/auth/account-export";

/** A JSON file download of the person's own data. */
export const GET = gate({ auth: "required" }, async ({ user }) => {
  const data = await exportMyData(user!.id);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mobilise-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
