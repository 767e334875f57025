import path from "node:path";
import { dataDir } from "../db/adapters";

/** Upload names are ours (random hex), so a request can never name a path outside the folder. */
export const UPLOAD_NAME = /^[a-f0-9]{32}\.webp$/;
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** UPLOAD_DIR, or DATA_DIR/uploads. */
export function uploadDir(): string {
  const configured = process.env.UPLOAD_DIR;
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(dataDir(), "uploads");
}

export function uploadUrl(name: string): string {
  return `/api/uploads/${name}`;
}
