import { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * One documented operation. The same zod schemas that the route handler parses with are
 * referenced here, so the document cannot drift from what the API accepts.
 */
export type OperationSpec = {
  method: HttpMethod;
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

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** 400 VALIDATION: per refused field, a stable code and a sentence in the request's language (Accept-Language). */
    fields: z
      .record(z.string(), z.object({ code: z.string().meta({ examples: ["tooShort"] }), message: z.string().meta({ examples: ["This is too short."] }) }))
      .optional(),
    requestId: z.string().optional(),
  }),
});

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

export function toOperationObject(op: OperationSpec) {
  const parameters: object[] = [];
  for (const name of op.path.match(/\{(\w+)\}/g) ?? []) {
    parameters.push({ name: name.slice(1, -1), in: "path", required: true, schema: { type: "string" } });
  }
  if (op.query) {
    for (const [name, schema] of Object.entries(op.query.shape)) {
      parameters.push({
        name,
        in: "query",
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(schema as z.ZodType),
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
        : { "application/json": { schema: op.response ? z.toJSONSchema(op.response, { io: "output", unrepresentable: "any" }) : {} } },
    };
  }
  for (const status of op.errors ?? [400]) {
    responses[String(status)] = {
      description: "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
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
