import { describe, expect, it } from "vitest";
import { api } from "./helpers";

// The published contract, checked from the document the worker serves: every operation (including routes added
// later) is named, says who may call it and declares its 4xx; and what the API really answers is declared.

interface Response {
  $ref?: string;
  content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown>; allOf?: unknown[] } }>;
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
interface Doc {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
}

const doc = await (await api("/api/openapi.json")).json<Doc>();
const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, method, op })));

/** The operation a concrete request lands on (`/api/media/jobs/123` -> `/api/media/jobs/{id}`). */
function operationFor(method: string, url: string): Operation | undefined {
  const pathname = new URL(url, "http://x").pathname;
  const match = Object.keys(doc.paths).find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname));
  return match ? doc.paths[match]![method.toLowerCase()] : undefined;
}

describe("OpenAPI contract: every operation", () => {
  it("has operations to check, and names a server", () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(doc.servers?.[0]?.url).toBe("http://api.test");
  });

  it.each(operations)("$name has a camelCase operationId, unique in the document", ({ op }) => {
    expect(op.operationId).toMatch(/^[a-z]+[A-Z][A-Za-z0-9]*$/);
    expect(operations.filter((o) => o.op.operationId === op.operationId)).toHaveLength(1);
  });

  it.each(operations)("$name declares its security with known schemes", ({ op }) => {
    expect(Array.isArray(op.security)).toBe(true);
    for (const requirement of op.security!) {
      for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes).toHaveProperty(scheme);
    }
  });

  // /v1/* answers OpenAI's error shape (what OpenAI clients parse); everything else ours.
  it.each(operations)("$name declares at least one 4xx, and every error answer has its error shape", ({ name, path, op }) => {
    const errorRef = path.startsWith("/v1/") ? "#/components/schemas/OpenAIError" : "#/components/schemas/Error";
    const errors = Object.entries(op.responses).filter(([status]) => /^[45]\d\d$/.test(status));
    expect(errors.some(([status]) => status.startsWith("4")), name).toBe(true);
    for (const [status, response] of errors) {
      if (status === "416" || status === "304") continue;
      const schema = response.content?.["application/json"]?.schema;
      const parts = [schema, ...((schema?.allOf ?? []) as (typeof schema)[])];
      const shaped = parts.some((part) => part?.$ref === errorRef || part?.properties?.error !== undefined);
      expect(shaped, `${status} of the Error shape`).toBe(true);
    }
  });

  it("makes admin-only routes require the admin token", () => {
    const admin = operations.filter((o) => o.path.startsWith("/api/media/configure"));
    expect(admin.length).toBeGreaterThan(0);
    for (const { op } of admin) expect(op.security).toEqual([{ adminToken: [] }]);
    expect(doc.components.securitySchemes.clientKey).toMatchObject({ type: "http", scheme: "bearer" });
  });
});

// Requests whose answers come from validation, middleware or the route: each status must be in the contract.
const ADMIN_HEADERS = { Authorization: "Bearer not-the-admin-token" };
const ANSWERS: [string, string, RequestInit][] = [
  ["DELETE", "/api/media/jobs/not-a-uuid", {}],
  ["GET", "/api/media/jobs/00000000-0000-4000-8000-000000000000", {}],
  ["DELETE", "/api/media/configure/bogus", { headers: ADMIN_HEADERS }],
  ["POST", "/api/media/configure", { headers: { ...ADMIN_HEADERS, "Content-Type": "application/json" }, body: "{}" }],
  ["POST", "/api/media/generate", { headers: { "Content-Type": "text/plain" }, body: "a fox" }],
  ["POST", "/api/media/generate", { headers: { "Content-Type": "application/json" }, body: "{oops" }],
  ["POST", "/api/media/estimate", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ description: "x".repeat(70_000) }) }],
  ["POST", "/api/media/generate", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ description: "a fox", tier: "premium" }) }],
  ["GET", "/api/media/history?limit=0", {}],
  ["GET", "/api/media/usage?days=999", {}],
  ["GET", "/api/media/files/..%2Fx", {}],
  ["GET", "/api/media/files/missing.svg", {}],
];

describe("OpenAPI contract: what the API answers is declared", () => {
  it.each(ANSWERS)("%s %s", async (method, path, init) => {
    const res = await api(path, { ...init, method });
    const op = operationFor(method, path);
    expect(op, "an operation in the document").toBeDefined();
    expect(Object.keys(op!.responses)).toContain(String(res.status));
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});
