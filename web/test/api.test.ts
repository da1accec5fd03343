import { describe, expect, it } from "vitest";
import { ApiError, createApi, parseRetryAfter } from "../src/lib/api";
import { fakeFetch, GENERATION, json } from "./helpers";

describe("API client", () => {
  it("posts generate to the base URL as JSON and returns the generation with its cache state", async () => {
    const f = fakeFetch(() => json(GENERATION, 200, { "X-Cache": "MISS" }));
    const api = createApi({ base: "https://api.example.com/", fetch: f.fetch });
    const out = await api.generate({ description: "a dashboard", media_type: "image", tier: "free", options: { seed: 7 } });
    expect(out).toEqual({ kind: "done", generation: GENERATION, cache: "MISS" });
    expect(f.calls[0]).toMatchObject({
      url: "https://api.example.com/api/media/generate",
      method: "POST",
      body: { description: "a dashboard", media_type: "image", tier: "free", options: { seed: 7 } },
    });
    expect(f.calls[0]!.headers["content-type"]).toBe("application/json");
  });

  it("uses the same origin when no base is given", async () => {
    const f = fakeFetch(() => json({ free: {} }));
    await createApi({ fetch: f.fetch }).status();
    expect(f.calls[0]!.url).toBe("/api/media/status");
  });

  it("returns a pending job for a 202", async () => {
    const job = { id: "j1", status: "pending", progress: 0, poll_url: "http://x/api/media/jobs/j1" };
    const f = fakeFetch(() => json(job, 202));
    const out = await createApi({ fetch: f.fetch }).generate({ description: "a drone shot", media_type: "video" });
    expect(out).toEqual({ kind: "pending", job });
  });

  it("asks generate to skip the cache for a regenerate", async () => {
    const f = fakeFetch(() => json(GENERATION));
    await createApi({ fetch: f.fetch }).generate({ description: "x" }, { noCache: true });
    expect(f.calls[0]!.headers["cache-control"]).toBe("no-cache");
  });

  it("sends bring-your-own-key headers on generate and estimate only", async () => {
    const f = fakeFetch((c) => (c.url.includes("estimate") ? json({ tier: "budget" }) : c.url.includes("generate") ? json(GENERATION) : json({})));
    const api = createApi({ fetch: f.fetch, keyHeaders: () => ({ "X-HF-Key": "hf_abc" }) });
    await api.estimate({ description: "x" });
    await api.generate({ description: "x" });
    await api.history();
    await api.usage();
    expect(f.calls.map((c) => c.headers["x-hf-key"])).toEqual(["hf_abc", "hf_abc", undefined, undefined]);
  });

  it("turns the API's error shape into an ApiError naming the field", async () => {
    const f = fakeFetch(() =>
      json({ error: { code: "invalid_request", message: "description: description must be 1-2000 characters", details: [{ path: "description", message: "…" }] } }, 400),
    );
    const err = await createApi({ fetch: f.fetch }).estimate({ description: "" }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: "invalid_request", field: "description", message: "description: description must be 1-2000 characters" });
  });

  it("says when a 429 may be retried, from Retry-After seconds", async () => {
    const now = Date.parse("2026-11-26T12:00:00Z");
    const f = fakeFetch(() => json({ error: { code: "rate_limited", message: "Too many generate requests" } }, 429, { "Retry-After": "42" }));
    const err = (await createApi({ fetch: f.fetch, now: () => now }).generate({ description: "x" }).catch((e) => e)) as ApiError;
    expect(err.status).toBe(429);
    expect(err.retryAt?.toISOString()).toBe("2026-11-26T12:00:42.000Z");
  });

  it("parses Retry-After as an HTTP date too, and ignores nonsense", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", 0)?.toISOString()).toBe("2026-10-21T07:28:00.000Z");
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });

  it("explains a network failure in plain words (status 0) and passes aborts through", async () => {
    const down = createApi({ fetch: (async () => { throw new TypeError("fetch failed"); }) as typeof fetch });
    await expect(down.status()).rejects.toMatchObject({ status: 0, code: "network_error" });
    const f = fakeFetch(() => json({}));
    const controller = new AbortController();
    controller.abort();
    await expect(createApi({ fetch: f.fetch }).status(controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("calls a gateway error without the API's error shape an unreachable API, not a provider failure", async () => {
    const f = fakeFetch(() => new Response("<html>bad gateway</html>", { status: 502 }));
    const err = (await createApi({ fetch: f.fetch }).status().catch((e) => e)) as ApiError;
    expect(err).toMatchObject({ status: 502, code: "api_unreachable", unreachable: true });
    expect(err.message).toMatch(/cannot be reached/);
    expect(err.message).not.toMatch(/provider/i);
    const down = createApi({ fetch: (async () => { throw new TypeError("fetch failed"); }) as typeof fetch });
    expect(((await down.status().catch((e) => e)) as ApiError).unreachable).toBe(true);
  });

  it("keeps the API's own words for a provider failure (502 with the error shape) and a plain one for other non-JSON errors", async () => {
    const f = fakeFetch(() => json({ error: { code: "provider_error", message: "Runway failed: task FAILED" } }, 502));
    await expect(createApi({ fetch: f.fetch }).status()).rejects.toMatchObject({ status: 502, code: "provider_error", unreachable: false, message: "Runway failed: task FAILED" });
    const g = fakeFetch(() => new Response("nope", { status: 500 }));
    await expect(createApi({ fetch: g.fetch }).status()).rejects.toMatchObject({ status: 500, code: "http_500", message: "The server failed." });
  });

  it("reads a job's progress, and its generation once it succeeded (inline fields)", async () => {
    let n = 0;
    const f = fakeFetch(() =>
      ++n === 1
        ? json({ id: "j1", status: "running", progress: 0.4, poll_url: "x", tier: "premium", provider: "runway", media_type: "video" })
        : json({ ...GENERATION, id: "j1", status: "succeeded", progress: 1, poll_url: "x" }),
    );
    const api = createApi({ fetch: f.fetch });
    expect(await api.job("j1")).toMatchObject({ id: "j1", state: "running", progress: 0.4, generation: undefined });
    const done = await api.job("j1");
    expect(done.state).toBe("done");
    expect(done.generation?.url).toBe(GENERATION.url);
    expect(f.calls[0]!.url).toBe("/api/media/jobs/j1");
  });

  it("reports a failed job's reason", async () => {
    const f = fakeFetch(() => json({ id: "j1", status: "failed", progress: 0.2, error: { code: "INTERNAL.BAD_OUTPUT", message: "The provider could not render this" } }));
    expect(await createApi({ fetch: f.fetch }).job("j1")).toMatchObject({ state: "failed", error: "The provider could not render this" });
  });

  it("cancels a job with DELETE", async () => {
    const f = fakeFetch(() => json({ id: "j1", status: "cancelled" }));
    await createApi({ fetch: f.fetch }).cancelJob("j1");
    expect(f.calls[0]).toMatchObject({ url: "/api/media/jobs/j1", method: "DELETE" });
  });

  it("builds history and usage queries, leaving out empty filters", async () => {
    const f = fakeFetch(() => json({ count: 0, items: [], next_cursor: null }));
    const api = createApi({ fetch: f.fetch });
    await api.history({ limit: 24, tier: "free", media_type: undefined, cursor: "abc" });
    await api.usage(14);
    expect(f.calls.map((c) => c.url)).toEqual(["/api/media/history?limit=24&tier=free&cursor=abc", "/api/media/usage?days=14"]);
  });

  it("configures and removes keys with the admin token as a bearer token", async () => {
    const f = fakeFetch((c) => json({ success: true, provider: "runway", message: c.method === "DELETE" ? "Removed" : "Successfully configured runway" }));
    const api = createApi({ fetch: f.fetch });
    const saved = await api.configure({ provider: "runway", api_key: "key_x", test: true }, "dev-admin");
    await api.removeKey("runway", "dev-admin");
    expect(saved.success).toBe(true);
    expect(f.calls[0]).toMatchObject({ url: "/api/media/configure", method: "POST", body: { provider: "runway", api_key: "key_x", test: true } });
    expect(f.calls[0]!.headers.authorization).toBe("Bearer dev-admin");
    expect(f.calls[1]).toMatchObject({ url: "/api/media/configure/runway", method: "DELETE" });
  });

  it("surfaces the provider's reason when a key test fails (422)", async () => {
    const f = fakeFetch(() =>
      json({ success: false, provider: "stable_diffusion", message: "Hugging Face says: Invalid credentials", error: { code: "key_test_failed", message: "Hugging Face says: Invalid credentials" } }, 422),
    );
    const err = await createApi({ fetch: f.fetch }).configure({ provider: "stable_diffusion", api_key: "hf_bad", test: true }, "t").catch((e) => e);
    expect(err).toMatchObject({ status: 422, code: "key_test_failed", message: "Hugging Face says: Invalid credentials" });
  });
});
