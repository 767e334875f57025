/** Set by our own server (lib/cli/serve.ts) after discarding any client-sent value. */
export const CLIENT_IP_HEADER = "x-mobilise-client-ip";

export function clientAddressFromSocket(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
    // The last hop is the one our trusted proxy appended; anything before it is client-supplied.
    const last = list[list.length - 1]?.trim();
    if (last) return last;
  }
  return socketAddress ?? "unknown";
}

/** The client address for rate limiting. Never stored: limit keys are keyed hashes of it. */
export function clientAddress(req: Request): string {
  return req.headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
