import { describe, expect, it } from "vitest";
import { api } from "./helpers";

describe("API documentation", () => {
  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await api("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/api/media/generate", "/api/media/estimate", "/api/media/status", "/api/media/history", "/api/media/usage", "/api/media/files/{key}"]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(Object.keys(doc.components.schemas.GenerateRequest!.properties!)).toEqual(
      expect.arrayContaining(["description", "media_type", "tier", "project_id", "options", "cache"]),
    );
  });

  it("renders a human docs page listing every operation, with no outside scripts", async () => {
    const res = await api("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const page = await res.text();
    expect(page).toContain("POST</span> /api/media/generate");
    expect(page).toContain("GET</span> /api/media/history");
    expect(page).not.toMatch(/<script[^>]+src=/);
  });
});

describe("CORS", () => {
  it("allows the configured origins and exposes the headers clients need", async () => {
    const res = await api("/api/media/generate", {
      method: "OPTIONS",
      headers: { Origin: "http://127.0.0.1:5173", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:5173");
    expect(res.headers.get("Access-Control-Allow-Headers")).toContain("Idempotency-Key");
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(res.headers.get("Access-Control-Max-Age")).toBe("600");
    const status = await api("/api/media/status", { headers: { Origin: "http://localhost:5173" } });
    expect(status.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(status.headers.get("Access-Control-Expose-Headers")).toContain("RateLimit");
    // The answer depends on Origin, so shared caches must key on it.
    expect(status.headers.get("Vary")).toContain("Origin");
    expect(status.headers.get("Content-Type")).toContain("application/json");
  });

  it("does not allow other origins", async () => {
    const res = await api("/api/media/status", { headers: { Origin: "https://evil.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const preflight = await api("/api/media/generate", { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" } });
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});
