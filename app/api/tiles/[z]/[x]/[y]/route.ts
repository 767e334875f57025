import { gate } from "@/lib/api/gate";
import { proxiedTile } from "@/lib/tiles/fetch-tile";

export const GET = gate<undefined, undefined, { z: string; x: string; y: string }>({ auth: "none" }, async ({ params }) => {
  const body = await proxiedTile(params);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" },
  });
});
