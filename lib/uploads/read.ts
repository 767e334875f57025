import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFoundError } from "../errors";
import { UPLOAD_NAME, uploadDir } from "./paths";

/** An uploaded image by its name; anything not shaped like one of our names is simply not found. */
export async function readUpload(name: string): Promise<Buffer> {
  if (!UPLOAD_NAME.test(name)) throw notFoundError("No such image");
  try {
    return await readFile(path.join(uploadDir(), name));
  } catch {
    throw notFoundError("No such image");
  }
}
