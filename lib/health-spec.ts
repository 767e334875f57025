import { z } from "zod";
import type { OperationSpec } from "./openapi/operation";

export const healthResponse = z.object({
  ok: z.literal(true),
  db: z.enum(["embedded", "postgres"]),
  migrations: z.enum(["up-to-date", "pending"]).optional(),
});

export const healthQuery = z.object({
  deep: z
    .enum(["0", "1"])
    .optional()
    .describe("1: read the applied migrations from the database now. Otherwise the answer comes from what this server process learnt at start, without a query."),
});

export const healthOperations: OperationSpec[] = [
  { method: "get", path: "/api/health", summary: "Liveness and database status", tags: ["meta"], auth: "none", query: healthQuery, response: healthResponse, errors: [400, 503] },
  { method: "get", path: "/api/openapi.json", summary: "This document", tags: ["meta"], auth: "none", errors: [] },
];
