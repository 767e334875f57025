import { gate } from "@/lib/api/gate";
import { created } from "@/lib/organise/respond";
import { uploadActionImage } from "@/lib/organise/upload-image";
import { readUploadBody } from "@/lib/uploads/read-body";

export const dynamic = "force-dynamic";

/** An image for the action form (multipart `file` or raw body); answers with the path to save. */
export const POST = gate({ auth: "required" }, async ({ req, user }) => created(await uploadActionImage(user!, await readUploadBody(req))));
