import { gate } from "@/lib/api/gate";
import { proxiedTile } from "@/lib/tiles/fetch-tile";

export const GET = gate<undefined, undefined, { z: string; x: string; y: string }>({ auth: "none" }, async ({ params }) => {
  const tile = await proxiedTile(params);
  return new Response(new Uint8Array(tile.body), {
    // A week in the browser, as the provider's policy asks of its own clients.
    headers: { "Content-Type": tile.contentType, "Cache-Control": "public, max-age=604800" },
  });
});
