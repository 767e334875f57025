import fc from "fast-check";
import { wildString, wildValue } from "./values";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
};

/** Values that exist in the fuzz world, offered for fields whose names ask for them. */
export type Hints = { ids: string[]; emails: string[] };

/**
 * Roughly valid values for a JSON Schema (as zod emits it), so fuzzed requests get past the
 * first `typeof` check and into the services; the mutator then breaks one or two of them.
 */
export function fromSchema(schema: JsonSchema | undefined, hints: Hints, key = ""): fc.Arbitrary<unknown> {
  if (!schema) return wildValue;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromSchema(s, hints, key)));
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], hints, key);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const props = schema.properties ?? {};
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) shape[k] = fromSchema(s, hints, k);
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    case "array":
      return fc.array(fromSchema(schema.items, hints, key), { maxLength: 3 });
    case "integer":
    case "number": {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      return type === "integer" ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string":
      return stringFor(schema, hints, key);
    default:
      return wildValue;
  }
}

function stringFor(schema: JsonSchema, hints: Hints, key: string): fc.Arbitrary<string> {
  if (schema.format === "email" || /email|confirm/i.test(key)) return fc.constantFrom(...hints.emails, "someone@example.test");
  if (schema.format === "date-time") return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === "date") return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (/id$/i.test(key) || key === "id") return fc.constantFrom(...hints.ids);
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 200);
  return fc.oneof(fc.string({ minLength: min, maxLength: Math.max(min, max) }), wildString);
}

/** Breaks a roughly valid body: a field gets a wild value, disappears, or an unknown one appears. */
export function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), wildValue, wildString, fc.constantFrom("replace", "drop", "add", "keep")).map(([body, n, value, extraKey, how]) => {
    if (!body || typeof body !== "object" || Array.isArray(body)) return body;
    const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const k = keys.length ? keys[n % keys.length] : extraKey;
    if (how === "replace") copy[k] = value;
    else if (how === "drop") delete copy[k];
    else if (how === "add") copy[extraKey] = value;
    return copy;
  });
}
