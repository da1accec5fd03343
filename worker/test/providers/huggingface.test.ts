import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { huggingface } from "../../src/providers/huggingface";
import { sniffImage } from "../../src/providers/media-bytes";
import { api, captureLogs, type ErrorBody, FAKE_HF_KEY, generate, newClient, postJson, setEnv, snapshot, storesContain, usePaidTiers } from "../helpers";

const t = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });

type Gen = { id: string; tier: string; provider: string; cost: number; content_type: string; bytes: number; url: string; fallback_reason: string | null };

describe("budget tier: Hugging Face router", () => {
  it("sends the documented request and stores the returned PNG, charged for the size actually returned", async () => {
    const res = await generate(
      { description: "a lighthouse at dawn", tier: "budget", options: { width: 512, height: 256, seed: 7, negative_prompt: "blurry" } },
      newClient(),
    );
    expect(res.status).toBe(200);
    const body = await res.json<Gen>();
    expect(body).toMatchObject({ tier: "budget", provider: "stable_diffusion", content_type: "image/png", fallback_reason: null });
    // 512x256 is under the 1024x1024 a per-image price covers: the base price, $0.0012.
    expect(body.cost).toBe(0.0012);

    const call = t.fakes().hf.calls.at(-1)!;
    expect(call.method).toBe("POST");
    expect(call.url).toBe("https://router.huggingface.co/hf-inference/models/stabilityai/stable-diffusion-xl-base-1.0");
    expect(call.headers).toMatchObject({ authorization: `Bearer ${FAKE_HF_KEY}`, "content-type": "application/json", accept: "image/png" });
    expect(call.body).toEqual({ inputs: "a lighthouse at dawn", parameters: { negative_prompt: "blurry", width: 512, height: 256, seed: 7 } });

    const stored = new Uint8Array(await (await api(new URL(body.url).pathname)).arrayBuffer());
    expect(sniffImage(stored)).toMatchObject({ contentType: "image/png", width: 512, height: 256 });
    expect(body.bytes).toBe(stored.byteLength);
    const row = await env.DB.prepare("SELECT cost_micros, model, status FROM generations WHERE id = ?").bind(body.id).first();
    expect(row).toEqual({ cost_micros: 1_200, model: "stabilityai/stable-diffusion-xl-base-1.0", status: "succeeded" });
  });

  it("charges a larger image pro rata from its real dimensions", async () => {
    const res = await generate({ description: "a wide banner", tier: "budget", options: { width: 2048, height: 1024 } }, newClient());
    expect((await res.json<Gen>()).cost).toBe(0.0024);
  });

  it("uses HF_API_BASE and HF_MODEL when set", async () => {
    setEnv({ HF_API_BASE: "http://127.0.0.1:8789/hf-inference/", HF_MODEL: "stabilityai/sdxl-turbo" });
    const res = await generate({ description: "a cat", tier: "budget", options: { width: 64, height: 64 } }, newClient());
    expect(res.status).toBe(200);
    expect(t.fakes().hf.calls.at(-1)!.url).toBe("http://127.0.0.1:8789/hf-inference/models/stabilityai/sdxl-turbo");
  });

  const failures: [string, number, string, RegExp][] = [
    ["401", 502, "provider_key_rejected", /rejected the API key \(401\): Invalid credentials/],
    ["402", 402, "provider_credits_exhausted", /credits are exhausted \(402\): You have exceeded your monthly included credits/],
    ["403", 502, "provider_key_rejected", /Inference Providers/],
    ["404", 502, "provider_failed", /does not serve model stabilityai\/stable-diffusion-xl-base-1.0 \(404\): Not Found/],
    ["410", 502, "provider_failed", /HF_API_BASE/],
    ["422", 502, "provider_failed", /refused the request \(422\): Input validation error/],
    ["429", 503, "provider_rate_limited", /rate limit reached \(429\)/],
    ["500", 502, "provider_failed", /failed \(500\): Internal Server Error/],
    ["truncated", 502, "provider_bad_output", /not a complete image/],
    ["not-image", 502, "provider_bad_output", /not a complete image/],
  ];
  for (const [scenario, status, code, message] of failures) {
    it(`answers an explicit budget request ${status} ${code} when Hugging Face says ${scenario}, leaving nothing behind`, async () => {
      t.fakes().hf.script = [scenario as never];
      const res = await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, newClient());
      expect(res.status).toBe(status);
      const body = await res.json<ErrorBody>();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(message);
      expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
    });
  }

  it("passes the provider's Retry-After on through a 429", async () => {
    t.fakes().hf.script = ["429"];
    const res = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("30");
  });

  it("waits out a loading model for its estimated_time and then succeeds, in one request", async () => {
    const fake = t.fakes().hf;
    fake.script = ["loading", "loading"];
    fake.estimatedTime = 0.05;
    const started = Date.now();
    const res = await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, newClient());
    expect(res.status).toBe(200);
    expect(fake.calls).toHaveLength(3);
    // Two waits of estimated_time (50 ms) happened between the calls.
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it("gives up on a model whose estimated_time runs past the timeout: 503 with Retry-After, one call only", async () => {
    const fake = t.fakes().hf;
    fake.script = ["loading"];
    fake.estimatedTime = 20;
    const started = Date.now();
    const res = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("20");
    const body = await res.json<ErrorBody>();
    expect(body.error).toMatchObject({ code: "provider_unavailable" });
    expect(body.error.message).toContain("currently loading");
    expect(fake.calls).toHaveLength(1);
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  it("answers 504 when Hugging Face is slower than HF_TIMEOUT_MS, and does not wait for it", async () => {
    setEnv({ HF_TIMEOUT_MS: "100" });
    t.fakes().hf.script = ["slow"];
    const started = Date.now();
    const res = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(504);
    expect((await res.json<ErrorBody>()).error).toMatchObject({ code: "provider_timeout", message: expect.stringContaining("within 100 ms") });
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });
});

describe("auto fallback from the budget tier", () => {
  for (const scenario of ["500", "429", "loading", "truncated", "401"] as const) {
    it(`falls through to the free tier when Hugging Face answers ${scenario}, and says why`, async () => {
      t.fakes().hf.script = [scenario];
      t.fakes().hf.estimatedTime = 120;
      const res = await generate({ description: "a fox in the snow" }, newClient());
      expect(res.status).toBe(200);
      const body = await res.json<Gen>();
      expect(body).toMatchObject({ tier: "free", cost: 0 });
      expect(body.fallback_reason).toMatch(/^budget \(Stable Diffusion \(Hugging Face\)\) failed: Hugging Face/);
      // Only the free result is recorded; the failed budget attempt left nothing.
      const rows = await env.DB.prepare("SELECT tier, cost_micros FROM generations").all();
      expect(rows.results).toEqual([{ tier: "free", cost_micros: 0 }]);
    });
  }

  it("auto uses the budget tier when it works, with no fallback_reason", async () => {
    const res = await generate({ description: "a fox", options: { width: 64, height: 64 } }, newClient());
    expect(await res.json()).toMatchObject({ tier: "budget", fallback_reason: null });
  });

  it("auto skips a budget tier that cannot make the media type (video) without calling it", async () => {
    const res = await generate({ description: "a drone shot", media_type: "video" }, newClient());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tier: "free", fallback_reason: null });
    expect(t.fakes().hf.calls).toHaveLength(0);
  });
});

describe("bring your own Hugging Face key", () => {
  const OWN = "hf_CallersOwnKey9876543210zyxwvuABCD";

  it("uses X-HF-Key for that request only, even with no server key, and never keeps it", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: undefined });
    t.fakes().hf.validKeys.add(OWN);
    const { result: res, logs } = await captureLogs(() =>
      generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, { ...newClient(), "X-HF-Key": OWN }),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(t.fakes().hf.calls.at(-1)!.headers.authorization).toBe(`Bearer ${OWN}`);
    expect(text).not.toContain(OWN);
    expect(logs).not.toContain(OWN);
    expect(await storesContain(OWN)).toEqual([]);
    // The next request without the header has no budget tier.
    const again = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(again.status).toBe(409);
  });

  it("makes estimate see the budget tier when the caller brings a key", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: undefined });
    const without = await postJson("/api/media/estimate", { description: "a fox" });
    expect(await without.json()).toMatchObject({ tier: "free" });
    const withKey = await postJson("/api/media/estimate", { description: "a fox" }, { "X-HF-Key": OWN });
    expect(await withKey.json()).toMatchObject({ tier: "budget", provider: "stable_diffusion", estimated_cost: 0.0012 });
  });

  it("refuses a malformed X-HF-Key with 400 and does not echo it", async () => {
    const bad = "not-a-key-secret-value";
    const res = await generate({ description: "a fox" }, { ...newClient(), "X-HF-Key": bad });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("invalid_key_format");
    expect(text).not.toContain(bad);
  });

  it("never serves one caller's own-key result to a request without that key (or with another key)", async () => {
    t.fakes().hf.validKeys.add(OWN);
    const other = "hf_SomebodyElsesKey000111222333444AB";
    t.fakes().hf.validKeys.add(other);
    const req = { description: "a very specific fox", tier: "budget", options: { width: 64, height: 64 } };
    // One caller throughout: the prompt cache is per owner anyway, and here the key alone must keep entries apart.
    const client = newClient();
    const first = await generate(req, { ...client, "X-HF-Key": OWN });
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const same = await generate(req, { ...client, "X-HF-Key": OWN });
    expect(same.headers.get("X-Cache")).toBe("HIT");
    const server = await generate(req, client);
    expect(server.headers.get("X-Cache")).toBe("MISS");
    const another = await generate(req, { ...client, "X-HF-Key": other });
    expect(another.headers.get("X-Cache")).toBe("MISS");
    for (const k of (await env.CACHE.list()).keys) expect(k.name).not.toContain(OWN);
  });
});

describe("Hugging Face key test", () => {
  it("accepts a key whoami-v2 knows and names the account", async () => {
    const ctx = { env, fetch: t.fakes().fetch };
    expect(await huggingface.testKey!(FAKE_HF_KEY, ctx)).toEqual({ ok: true, message: expect.stringContaining("fake-user") });
    const call = t.fakes().hf.calls.at(-1)!;
    expect(call.url).toBe("https://huggingface.co/api/whoami-v2");
    expect(call.headers.authorization).toBe(`Bearer ${FAKE_HF_KEY}`);
  });

  it("reports the provider's reason for a key it rejects", async () => {
    const ctx = { env, fetch: t.fakes().fetch };
    expect(await huggingface.testKey!("hf_wrongwrongwrongwrongwrong", ctx)).toEqual({ ok: false, message: expect.stringContaining("Invalid credentials") });
  });
});
