import http from "node:http";
import next from "next";
import { CLIENT_IP_HEADER, clientAddressFromSocket } from "../http/client-address";

/**
 * The HTTP server in front of Next. It exists for one reason: Next does not expose the peer
 * address, and a client-sent X-Forwarded-For must not be believed unless an operator says a
 * trusted proxy is in front (TRUST_PROXY). Here the address is decided once and passed on in a
 * header that no client can set.
 */
export async function serve({ port, dev }: { port: number; dev: boolean }) {
  const app = next({ dev, port, hostname: "0.0.0.0", dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = ["1", "true", "yes"].includes(process.env.TRUST_PROXY ?? "");
  const server = http.createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = clientAddressFromSocket(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
    if (!trustProxy) delete req.headers["x-forwarded-for"];
    // Answers to API writes are small and can carry secrets (cancel codes) next to text the
    // client chose: compressing them costs CPU per request and invites BREACH-style guessing.
    if (req.method !== "GET" && req.method !== "HEAD" && req.url?.startsWith("/api/")) delete req.headers["accept-encoding"];
    void handle(req, res);
  });
  server.listen(port, "0.0.0.0");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return server;
}
