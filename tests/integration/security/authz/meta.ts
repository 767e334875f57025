import { everyone, type AuthzRow } from "./types";

/** Operational routes: the same for everyone, nothing personal. */
export const metaRows: AuthzRow[] = [
  { key: "GET /api/health", request: () => ({}), expect: everyone(200) },
  { key: "GET /api/openapi.json", request: () => ({}), expect: everyone(200) },
  // Tests run with TILE_URL=off (setup-db.ts), so the proxy has nothing to serve; it never depends on who asks.
  { key: "GET /api/tiles/[z]/[x]/[y]", request: () => ({ params: { z: "3", x: "4", y: "2.png" } }), expect: everyone(404) },
  // Addresses no route answers: the JSON 404 for every method and everyone.
  ...(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const).map(
    (method): AuthzRow => ({ key: `${method} /api/[[...path]]`, request: () => ({ params: { path: ["no", "such", "thing"] } }), expect: everyone(404) }),
  ),
];
