import { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * One documented operation. The same zod schemas that the route handler parses with are
 * referenced here, so the document cannot drift from what the API accepts.
 */
export type OperationSpec = {
  method: HttpMethod;
  /** Defaults to one derived from method and path (see operationIdOf). */
  operationId?: string;
  /** OpenAPI path template, e.g. /api/actions/{id} */
  path: string;
  summary: string;
  tags: string[];
  auth: "none" | "optional" | "required" | "admin";
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The same call as a plain HTML form (the no-JavaScript path): answered with a 303 to `back`. */
  formBody?: z.ZodType;
  response?: z.ZodType;
  /** For non-JSON responses (ICS, Atom, CSV). */
  responseContentType?: string;
  successStatus?: number;
  errors?: number[];
};

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      /** 400 VALIDATION: per refused field, a stable code and a sentence in the request's language (Accept-Language). */
      fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({
    examples: [
      { error: { code: "VALIDATION", message: "Some fields are invalid", fields: { title: { code: "tooShort", message: "This is too short." } } } },
      { error: { code: "RATE_LIMITED", message: "Too many requests. Please wait and try again." } },
    ],
  });

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

/** Instants the API answers with are ISO 8601 strings; the DTOs type them as plain strings. */
const TIMESTAMP = /^(createdAt|updatedAt|startsAt|endsAt|expires|exportedAt|at|since)$/;

function markTimestamps(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(markTimestamps);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "properties" && v && typeof v === "object") {
      out[k] = Object.fromEntries(
        Object.entries(v).map(([name, prop]) => {
          const p = markTimestamps(prop) as Record<string, unknown>;
          const stringy = p.type === "string" || (Array.isArray(p.type) && p.type.includes("string"));
          return [name, TIMESTAMP.test(name) && stringy && !p.format ? { ...p, format: "date-time" } : p];
        }),
      );
    } else out[k] = markTimestamps(v);
  }
  return out;
}

const responseSchema = (schema: z.ZodType) => markTimestamps(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));

/** "post /api/actions/{id}/rsvps" → "postActionsByIdRsvps": stable, unique per method and path. */
function operationIdOf(method: HttpMethod, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split(/[/.\-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith("{") ? `by ${part.slice(1, -1)}` : part));
  return method + words.join(" ").split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

export function toOperationObject(op: OperationSpec) {
  const parameters: object[] = [];
  for (const name of op.path.match(/\{(\w+)\}/g) ?? []) {
    parameters.push({ name: name.slice(1, -1), in: "path", required: true, schema: { type: "string" } });
  }
  if (op.query) {
    for (const [name, schema] of Object.entries(op.query.shape)) {
      const { example, ...json } = jsonSchema(schema as z.ZodType) as { description?: string; example?: unknown };
      parameters.push({
        name,
        in: "query",
        required: !(schema as z.ZodType).safeParse(undefined).success,
        ...(json.description ? { description: json.description } : {}),
        ...(example !== undefined ? { example } : {}),
        schema: json,
      });
    }
  }
  const ok = String(op.successStatus ?? 200);
  const responses: Record<string, object> = {
    ...(op.formBody ? { "303": { description: "HTML forms: back to the page in `back`, the outcome (or `…Error=CODE`) in its query" } } : {}),
  };
  if (ok !== "303") {
    responses[ok] = {
      description: "Success",
      content: op.responseContentType
        ? { [op.responseContentType]: { schema: { type: "string" } } }
        : { "application/json": { schema: op.response ? responseSchema(op.response) : {} } },
    };
  }
  const errors = op.errors ?? [400];
  // Every operation can be refused by the client's own doing (a bad query, too many requests…).
  const statuses = errors.some((s) => s >= 400 && s < 500) ? errors.map(String) : ["4XX", ...errors.map(String)];
  for (const status of statuses) {
    responses[status] = {
      description: status === "4XX" ? "Client error" : "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    operationId: op.operationId ?? operationIdOf(op.method, op.path),
    summary: op.summary,
    tags: op.tags,
    ...(op.auth === "none" ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body || op.formBody
      ? {
          requestBody: {
            required: true,
            content: {
              ...(op.body ? { "application/json": { schema: jsonSchema(op.body) } } : {}),
              ...(op.formBody ? { "application/x-www-form-urlencoded": { schema: jsonSchema(op.formBody) } } : {}),
            },
          },
        }
      : {}),
    responses,
  };
}
