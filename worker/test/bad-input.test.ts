import { describe, expect, it } from "vitest";
import { api, jsonInit, snapshot } from "./helpers";

const CLIENT = { "CF-Connecting-IP": "2001:db8:bad::1" };
const json = (body: unknown) => jsonInit(body, CLIENT);

// [name, path, init, status, code, message fragment]
const CASES: [string, string, RequestInit, number, string, string][] = [
  ["malformed JSON", "/api/media/generate", json("{description: oops"), 400, "invalid_request", "Malformed JSON"],
  ["JSON array body", "/api/media/generate", json([1, 2]), 400, "invalid_request", ""],
  ["missing description", "/api/media/generate", json({}), 400, "invalid_request", "description"],
  ["description not a string", "/api/media/generate", json({ description: 42 }), 400, "invalid_request", "description must be a string"],
  ["empty description", "/api/media/generate", json({ description: "" }), 400, "invalid_request", "description must be 1-2000 characters"],
  ["whitespace-only description", "/api/media/generate", json({ description: " \n\t " }), 400, "invalid_request", "description must be 1-2000 characters"],
  ["description over 2000 chars", "/api/media/generate", json({ description: "x".repeat(2001) }), 400, "invalid_request", "description must be 1-2000 characters"],
  ["unknown media_type", "/api/media/generate", json({ description: "a", media_type: "gif" }), 400, "invalid_request", "media_type"],
  ["unknown tier", "/api/media/generate", json({ description: "a", tier: "gold" }), 400, "invalid_request", "tier"],
  ["project_id too long", "/api/media/generate", json({ description: "a", project_id: "p".repeat(101) }), 400, "invalid_request", "project_id"],
  ["project_id not a string", "/api/media/generate", json({ description: "a", project_id: 7 }), 400, "invalid_request", "project_id"],
  ["options not an object", "/api/media/generate", json({ description: "a", options: "big" }), 400, "invalid_request", "options"],
  ["unknown field in options", "/api/media/generate", json({ description: "a", options: { colour: "red" } }), 400, "invalid_request", "colour"],
  ["width too small", "/api/media/generate", json({ description: "a", options: { width: 10 } }), 400, "invalid_request", "options.width"],
  ["height not an integer", "/api/media/generate", json({ description: "a", options: { height: 100.5 } }), 400, "invalid_request", "options.height"],
  ["negative seed", "/api/media/generate", json({ description: "a", options: { seed: -1 } }), 400, "invalid_request", "options.seed"],
  ["duration too long", "/api/media/generate", json({ description: "a", media_type: "audio", options: { duration_s: 31 } }), 400, "invalid_request", "options.duration_s"],
  ["video shorter than 1 s", "/api/media/generate", json({ description: "a", media_type: "video", options: { duration_s: 0.5 } }), 400, "invalid_request", "video duration_s"],
  ["cache not a boolean", "/api/media/generate", json({ description: "a", cache: "no" }), 400, "invalid_request", "cache"],
  ["unknown top-level field", "/api/media/generate", json({ description: "a", prompt: "b" }), 400, "invalid_request", "prompt"],
  ["form-encoded body", "/api/media/generate", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...CLIENT }, body: "description=a" }, 415, "unsupported_content_type", "application/json"],
  ["no body at all", "/api/media/generate", { method: "POST", headers: CLIENT }, 400, "invalid_request", "description"],
  ["body over 64 KB", "/api/media/generate", json({ description: "a", options: {}, pad: "x".repeat(70_000) }), 413, "payload_too_large", "64 KB"],
  ["estimate with bad tier", "/api/media/estimate", json({ description: "a", tier: "cheap" }), 400, "invalid_request", "tier"],
  ["unknown route", "/api/media/nope", { method: "GET" }, 404, "not_found", "/api/media/nope"],
  ["wrong method on generate", "/api/media/generate", { method: "GET" }, 405, "method_not_allowed", "POST"],
  ["wrong method on history", "/api/media/history", { method: "DELETE" }, 405, "method_not_allowed", "GET"],
  ["file key with a path", "/api/media/files/..%2Fsecrets.txt", { method: "GET" }, 400, "invalid_request", "key"],
  ["missing file", "/api/media/files/nothing-here.svg", { method: "GET" }, 404, "not_found", "nothing-here.svg"],
];

describe("bad input gets a clear 4xx JSON error and changes nothing", () => {
  it.each(CASES)("%s", async (_name, path, init, status, code, fragment) => {
    const before = await snapshot();
    const res = await api(path, init);
    expect(res.status).toBe(status);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    const body = await res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(fragment);
    expect(await snapshot()).toEqual(before);
  });

  it("spends no rate-limit slot on rejected requests", async () => {
    const client = { "CF-Connecting-IP": "2001:db8:bad::2" };
    for (let i = 0; i < 40; i++) await api("/api/media/generate", jsonInit({ description: "" }, client));
    const ok = await api("/api/media/generate", jsonInit({ description: "fine" }, client));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("RateLimit")).toMatch(/r=29;/);
  });

  it("answers a known path with a wrong method 405 and the methods it takes", async () => {
    const cases: [string, string, string][] = [
      ["/api/media/generate", "GET", "POST, OPTIONS"],
      ["/api/media/jobs/some-job", "PUT", "GET, HEAD, DELETE, OPTIONS"],
      ["/api/media/jobs/some-job/events", "POST", "GET, HEAD, OPTIONS"],
      // A literal path is not its parameterised sibling: /api/keys/me only reads.
      ["/api/keys/me", "PUT", "GET, HEAD, OPTIONS"],
      ["/api/openapi.json", "POST", "GET, HEAD, OPTIONS"],
    ];
    for (const [path, method, allow] of cases) {
      const res = await api(path, { method, headers: CLIENT });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("Allow")).toBe(allow);
    }
    // Not a known path: no Allow to offer (the dot in openapi.json is not a wildcard, nor is a trailing slash ignored).
    for (const path of ["/api/openapi_json", "/api/media/history/", "/api/media/jobs/a/b"]) {
      const res = await api(path, { method: "POST", headers: CLIENT });
      expect(res.status, path).toBe(404);
      expect(res.headers.get("Allow")).toBeNull();
    }
  });

  it("lists every problem in details", async () => {
    const res = await api("/api/media/generate", json({ description: "", tier: "gold", options: { width: 1 } }));
    const body = await res.json<{ error: { details: { path: string }[] } }>();
    expect(body.error.details.map((d) => d.path).sort()).toEqual(["description", "options.width", "tier"]);
  });
});
