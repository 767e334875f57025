import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { inNextRequestScope } from "./next-scope";

export const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type Method = (typeof METHODS)[number];

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type RouteEntry = {
  /** "GET /api/actions/[id]": the key the tables use. */
  key: string;
  method: Method;
  /** Next's folder path, e.g. /api/actions/[id]/rsvps */
  path: string;
  /** OpenAPI form, e.g. /api/actions/{id}/rsvps */
  openApiPath: string;
  params: string[];
  file: string;
  handler: Handler;
};

const API_DIR = path.join(process.cwd(), "app", "api");

function routeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routeFiles(full));
    else if (/^route\.(ts|tsx|js)$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Every route handler in app/api with its exported methods, found on disk rather than listed by
 * hand: a route someone adds tomorrow shows up here, and the tables that must cover it fail.
 */
export async function discoverRoutes(): Promise<RouteEntry[]> {
  const entries: RouteEntry[] = [];
  for (const file of routeFiles(API_DIR).sort()) {
    const rel = path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep);
    // Route groups "(x)" do not appear in the URL.
    const segments = rel.filter((s) => !/^\(.*\)$/.test(s));
    const routePath = `/${segments.join("/")}`;
    const params = segments.filter((s) => /^\[.*\]$/.test(s)).map((s) => s.replace(/^\[+\.{0,3}|\]+$/g, ""));
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] !== "function") continue;
      entries.push({
        key: `${method} ${routePath}`,
        method,
        path: routePath,
        openApiPath: routePath.replace(/\[+\.{0,3}([^\]]+)\]+/g, "{$1}"),
        params,
        file: path.relative(process.cwd(), file),
        // Next hands route handlers a NextRequest; some (next-auth) rely on its extras.
        handler: (req, ctx) => inNextRequestScope(req, () => (mod[method] as Handler)(new NextRequest(req), ctx)),
      });
    }
  }
  return entries;
}

/** /api/actions/[id]/rsvps + { id: "x" } → /api/actions/x/rsvps */
export function fillPath(routePath: string, params: Record<string, string | string[]>): string {
  return routePath.replace(/\[+\.{0,3}([^\]]+)\]+/g, (_, name: string) => {
    const value = params[name] ?? "missing";
    return Array.isArray(value) ? value.map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
}
