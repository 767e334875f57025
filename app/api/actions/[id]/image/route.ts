import { gate } from "@/lib/api/gate";
import { setActionImage } from "@/lib/organise/upload-image";
import { readUploadBody } from "@/lib/uploads/read-body";

export const dynamic = "force-dynamic";

/** Multipart (`file`) or the raw image; re-encoded without metadata before it is stored. */
export const POST = gate<undefined, undefined, { id: string }>({ auth: "required" }, async ({ req, user, params }) =>
  setActionImage(user!, params.id, await readUploadBody(req)),
);

export const DELETE = gate<undefined, undefined, { id: string }>({ auth: "required" }, async ({ user, params }) => setActionImage(user!, params.id, null));
