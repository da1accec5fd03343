import { describe, expect, it } from "vitest";
import { api } from "../helpers";

describe("OpenAPI document: paid tiers", () => {
  it("documents jobs, configure (behind the admin token), the 202 answer and fallback_reason", async () => {
    const doc = await (await api("/api/openapi.json")).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { properties: Record<string, unknown> }> };
    }>();
    expect(Object.keys(doc.paths["/api/media/jobs/{id}"]!).sort()).toEqual(["delete", "get"]);
    expect(doc.paths["/api/media/configure"]!.post!.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths["/api/media/configure/{provider}"]!.delete).toBeDefined();
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(doc.paths["/api/media/generate"]!.post!.responses)).toEqual(expect.arrayContaining(["200", "202", "402", "502", "503", "504"]));
    expect(doc.components.schemas.Generation!.properties).toHaveProperty("fallback_reason");
    expect(doc.components.schemas.Status!.properties).toHaveProperty("budget");
  });

  it("lets browsers send the bring-your-own-key headers (CORS preflight)", async () => {
    const res = await api("/api/media/generate", {
      method: "OPTIONS",
      headers: { Origin: "http://127.0.0.1:5173", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,x-hf-key,x-runway-key" },
    });
    const allowed = (res.headers.get("Access-Control-Allow-Headers") ?? "").toLowerCase();
    expect(allowed).toContain("x-hf-key");
    expect(allowed).toContain("x-runway-key");
  });
});
