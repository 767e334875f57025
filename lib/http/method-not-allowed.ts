import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { localisedErrorBody } from "./api-error";

/**
 * Next answers a method a route does not export with a bare 405: no body, no `Allow`. This turns
 * that answer into the documented one — `{ error: { code: "METHOD_NOT_ALLOWED", message } }` in
 * the request's language, with `Allow` — without every route file listing the methods it lacks.
 * `allowed` is asked only when a 405 actually goes out.
 */
export function explainMethodNotAllowed(req: IncomingMessage, res: ServerResponse, allowed: () => Promise<string | null>) {
  type Fn = (...args: unknown[]) => unknown;
  const original = {
    writeHead: res.writeHead.bind(res) as Fn,
    flushHeaders: res.flushHeaders.bind(res) as Fn,
    write: res.write.bind(res) as Fn,
    end: res.end.bind(res) as Fn,
  };
  let takenOver = false;
  // Next may end at once, or flush the head and write an empty chunk first: whichever comes first
  // with a 405 hands the response over, and Next's own calls are dropped from then on.
  for (const name of ["writeHead", "flushHeaders", "write", "end"] as const) {
    (res as unknown as Record<string, Fn>)[name] = (...args: unknown[]) => {
      const status = name === "writeHead" ? args[0] : res.statusCode;
      if (!takenOver && status !== 405) return original[name](...args);
      if (!takenOver) {
        takenOver = true;
        const headers = name === "writeHead" ? args.find((a): a is OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a)) : undefined;
        for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) res.setHeader(k, v);
        void allowed().then(
          (allow) => finish(allow),
          (e: unknown) => {
            console.error("[api] could not list the methods for a 405", e instanceof Error ? e.message : e);
            finish(null);
          },
        );
      }
      return name === "write" ? true : res;
    };
  }

  function finish(allow: string | null) {
    const body = localisedErrorBody(req.headers["accept-language"], "METHOD_NOT_ALLOWED", "common.errors.apiMethodNotAllowed", { method: req.method ?? "", allow: allow ?? "" });
    if (allow) res.setHeader("Allow", allow);
    res.removeHeader("Content-Length");
    res.removeHeader("Transfer-Encoding");
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-store");
    original.writeHead(405);
    original.end(req.method === "HEAD" ? undefined : JSON.stringify(body));
  }
}

/** The methods Next itself lists for a route (its automatic OPTIONS answer carries `Allow`). */
export async function allowedMethods(port: number, url: string): Promise<string | null> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, { method: "OPTIONS" });
  await res.arrayBuffer();
  return res.headers.get("allow");
}
