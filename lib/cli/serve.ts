import http from "node:http";
import next from "next";
import { CLIENT_IP_HEADER, clientAddressFromSocket } from "../http/client-address";
import { corsHeaders } from "../http/cors";
import { allowedMethods, explainMethodNotAllowed } from "../http/method-not-allowed";
import { HSTS } from "../security/headers";

/**
 * The HTTP server in front of Next. It exists because Next does not expose the peer address, and
 * a client-sent X-Forwarded-For must not be believed unless an operator says a trusted proxy is
 * in front (TRUST_PROXY): the address is decided once and passed on in a header no client can
 * set. API requests skip proxy.ts (their static headers come from next.config.js); what depends
 * on the request — HSTS over HTTPS, CORS on public reads, the 405 body — is added here.
 */
export async function serve({ port, dev }: { port: number; dev: boolean }) {
  const app = next({ dev, port, hostname: "0.0.0.0", dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = ["1", "true", "yes"].includes(process.env.TRUST_PROXY ?? "");
  const httpsOrigin = (process.env.APP_URL ?? "").startsWith("https://");
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientAddressFromSocket(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
    if (!trustProxy) delete req.headers["x-forwarded-for"];
    if (req.url?.startsWith("/api/")) {
      // Answers to API writes are small and can carry secrets (cancel codes) next to text the
      // client chose: compressing them costs CPU per request and invites BREACH-style guessing.
      if (req.method !== "GET" && req.method !== "HEAD") delete req.headers["accept-encoding"];
      // As proxy.ts decides it for pages: our public origin is HTTPS, or the request came over it.
      if (httpsOrigin || String(req.headers["x-forwarded-proto"] ?? "").includes("https")) res.setHeader("Strict-Transport-Security", HSTS["Strict-Transport-Security"]);
      for (const [k, v] of Object.entries(corsHeaders(req) ?? {})) res.setHeader(k, v);
      explainMethodNotAllowed(req, res, () => allowedMethods(port, req.url!));
    }
    void handle(req, res);
  });
  server.listen(port, "0.0.0.0");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return server;
}
