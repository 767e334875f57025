import { AppError } from "../errors";
import { MAX_UPLOAD_BYTES } from "./paths";

/** Reads at most `max` bytes of a stream; more is a 413, whatever Content-Length claimed. */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) throw new AppError("BAD_REQUEST", "Send an image");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", "The image is too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** The uploaded file's bytes: a multipart form with a `file` field, or the image as the raw body. */
export async function readUploadBody(req: Request): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  // Multipart framing adds a little; the image itself is capped again below.
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "The image is too large");
  const type = req.headers.get("content-type") ?? "";
  const raw = await readCapped(req.body, MAX_UPLOAD_BYTES + 64 * 1024);
  if (/^multipart\/form-data/i.test(type)) {
    // Unparseable multipart is the client's fault: null falls through to the BAD_REQUEST below.
    const form = await new Response(raw as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string") throw new AppError("BAD_REQUEST", "Send the image in a field named file");
    if (file.size > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The image is too large");
    return new Uint8Array(await file.arrayBuffer());
  }
  if (raw.byteLength > MAX_UPLOAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The image is too large");
  return raw;
}
