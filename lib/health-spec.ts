import { z } from "zod";
import type { OperationSpec } from "./openapi/operation";

export const healthResponse = z.object({
  ok: z.boolean(),
  db: z.enum(["embedded", "postgres"]),
  migrations: z.enum(["up-to-date", "pending"]).optional(),
});

export const healthOperations: OperationSpec[] = [
  { method: "get", path: "/api/health", summary: "Liveness and database status", tags: ["meta"], auth: "none", response: healthResponse, errors: [503] },
  { method: "get", path: "/api/openapi.json", summary: "This document", tags: ["meta"], auth: "none", errors: [] },
];
