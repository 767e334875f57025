import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

type Doc = { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> };

describe("OpenAPI document", () => {
  // Clients built from the document must know the field exists so they leave it empty.
  it.each(["/api/actions/{id}/rsvps", "/api/reports"])("documents the honeypot field of anonymous %s", (path) => {
    const doc = openApiDocument() as unknown as Doc;
    const schema = doc.paths[path].post.requestBody!.content["application/json"].schema;
    expect(Object.keys(schema.properties ?? {})).toContain("website");
  });
});
