import type { IncomingMessage, ServerResponse } from "node:http";
import { localisedErrorBody } from "./api-error";

/**
 * Next answers a method a route does not export with a bare 405: no body, no `Allow`. This turns
 * that answer into the documented one — `{ error: { code: "METHOD_NOT_ALLOWED", message } }` in
 * the request's language, with `Allow` — without every route file listing the methods it lacks.
 * `allowed` is asked only when a 405 actually goes out.
 */
export function explainMethodNotAllowed(req: IncomingMessage, res: ServerResponse, allowed: () => Promise<string | null>) {
  const end = res.end.bind(res) as (chunk?: string) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const bare = args.length === 0 || args[0] == null || typeof args[0] === "function";
    if (res.statusCode !== 405 || !bare || res.headersSent) return (end as (...a: unknown[]) => ServerResponse)(...args);
    allowed().then(
      (allow) => {
        const body = localisedErrorBody(req.headers["accept-language"], "METHOD_NOT_ALLOWED", "common.errors.apiMethodNotAllowed", {
          method: req.method ?? "",
          allow: allow ?? "",
        });
        if (allow) res.setHeader("Allow", allow);
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", "no-store");
        res.removeHeader("Content-Length");
        end(req.method === "HEAD" ? undefined : JSON.stringify(body));
      },
      (e: unknown) => {
        console.error("[api] could not list the methods for a 405", e instanceof Error ? e.message : e);
        end();
      },
    );
    return res;
  }) as typeof res.end;
}

/** The methods Next itself lists for a route (its automatic OPTIONS answer carries `Allow`). */
export async function allowedMethods(port: number, url: string): Promise<string | null> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, { method: "OPTIONS" });
  await res.arrayBuffer();
  return res.headers.get("allow");
}
