import { appUrl } from "../env";
import { errorBodySchema, toOperationObject } from "./operation";
import { operations } from "./registry";
import { z } from "zod";

export function openApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of operations) {
    (paths[op.path] ??= {})[op.method] = toOperationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "mobilise API",
      version: "1",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
      description:
        "Public JSON API. Errors are always { error: { code, message, fields? } }; a 400's fields map each refused field to " +
        "{ code, message }: a stable code and a sentence in the language of Accept-Language. Writes need a session cookie " +
        "(or a cancel token where stated), JSON bodies and a same-origin Origin header when sent from a browser.",
    },
    servers: [{ url: appUrl() }],
    components: {
      schemas: { Error: z.toJSONSchema(errorBodySchema) },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "mobilise.session" } },
    },
    security: [{ session: [] }],
    paths,
  };
}
