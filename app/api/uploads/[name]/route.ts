import { gate } from "@/lib/api/gate";
import { imageResponse } from "@/lib/organise/respond";
import { readUpload } from "@/lib/uploads/read";

export const dynamic = "force-dynamic";

export const GET = gate<undefined, undefined, { name: string }>({ auth: "none" }, async ({ params }) => imageResponse(await readUpload(params.name)));
