import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

type Operation = { operationId?: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; parameters?: { name: string; description?: string; example?: unknown }[] };

const operations = () =>
  Object.entries(openApiDocument().paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method} ${path}`, op: op as Operation })));

describe("the OpenAPI document", () => {
  it("names every operation once and documents a client error for each", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, op } of operations()) expect(Object.keys(op.responses).some((s) => s.startsWith("4")), key).toBe(true);
  });

  it("types answered instants as date-time and explains the bbox format with an example", () => {
    const list = operations().find(({ key }) => key === "get /api/actions")!.op;
    const item = JSON.stringify(list.responses["200"]);
    expect(item).toMatch(/"startsAt":\{"type":"string","format":"date-time"\}/);
    const bbox = list.parameters!.find((p) => p.name === "bbox")!;
    expect(bbox.description).toMatch(/minLng,minLat,maxLng,maxLat/);
    expect(bbox.example).toBe("114.10,22.20,114.30,22.40");
  });

  it("documents field errors as a code and a message", () => {
    const error = JSON.stringify(openApiDocument().components.schemas.Error);
    expect(error).toContain('"required":["code","message"]');
    expect(error).toContain('"examples"');
  });
});
