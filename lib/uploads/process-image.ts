import sharp from "sharp";
import { AppError } from "../errors";

export const MAX_EDGE_PX = 1600;
/** Refuses decompression bombs before any pixel is decoded. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Re-encodes an image so nothing of the original file survives but its pixels: the orientation
 * is applied to the pixels, then EXIF (GPS!), XMP, IPTC and ICC data are all dropped — sharp
 * writes no metadata unless asked, and we never ask. Resized to fit 1600 px, WebP for old phones
 * on slow connections.
 */
export async function reencodeImage(input: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 })
      .rotate()
      .resize({ width: MAX_EDGE_PX, height: MAX_EDGE_PX, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new AppError("UNPROCESSABLE", "The image could not be read");
  }
}
