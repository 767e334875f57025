import { AppError } from "../errors";

/** Reads at most maxBytes of a request body as UTF-8 and stops there: a chunked or lying body is never buffered whole. */
export async function readCappedText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "Request body too large");
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancelling only frees the stream; the answer is PAYLOAD_TOO_LARGE whether it succeeds or not.
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", "Request body too large");
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid UTF-8");
  }
}
