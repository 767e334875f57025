import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { reencodeImage } from "./process-image";
import { sniffImageType } from "./sniff";
import { uploadDir, uploadUrl } from "./paths";

export type StoredImage = { name: string; path: string; width: number; height: number; bytes: number };

/** Checks, re-encodes (stripping all metadata) and saves an image under a random name. */
export async function storeImage(bytes: Uint8Array): Promise<StoredImage> {
  if (!sniffImageType(bytes)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload a JPEG, PNG, WebP, GIF or AVIF image");
  const image = await reencodeImage(bytes);
  const name = `${randomBytes(16).toString("hex")}.webp`;
  const dir = uploadDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), image.data, { mode: 0o644, flag: "wx" });
  return { name, path: uploadUrl(name), width: image.width, height: image.height, bytes: image.data.byteLength };
}
