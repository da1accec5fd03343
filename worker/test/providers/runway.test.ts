import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { imageRatio, plan, secondsInPrompt, speechText } from "../../src/providers/runway/plan";
import { api, type ErrorBody, FAKE_HF_KEY, FAKE_RUNWAY_KEY, generate, newClient, postJson, setEnv, snapshot, usePaidTiers } from "../helpers";

const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY });

type Gen = { id: string; tier: string; provider: string; cost: number; content_type: string; bytes: number; url: string; fallback_reason: string | null };
const creates = () => t.fakes().runway.calls.filter((c) => c.method === "POST");

describe("premium tier: Runway request shapes", () => {
  it("makes an image with text_to_image / gen4_image, headers and ratio as documented, downloaded into R2", async () => {
    const res = await generate({ description: "a product shot of a watch", tier: "premium", options: { width: 1920, height: 1080, seed: 3 } }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<Gen>();
    expect(body).toMatchObject({ tier: "premium", provider: "runway", content_type: "image/png" });
    // 1920:1080 is the 1080p class: 8 credits.
    expect(body.cost).toBe(0.08);
    const [create] = creates();
    expect(create!.url).toBe("https://api.dev.runwayml.com/v1/text_to_image");
    expect(create!.headers).toMatchObject({ authorization: `Bearer ${FAKE_RUNWAY_KEY}`, "x-runway-version": "2024-11-06", "content-type": "application/json" });
    expect(create!.body).toEqual({ model: "gen4_image", promptText: "a product shot of a watch", ratio: "1920:1080", seed: 3 });
    const object = await env.MEDIA.get(`${body.id}.png`);
    expect(object!.size).toBe(body.bytes);
    const row = await env.DB.prepare("SELECT cost_micros, model, status FROM generations WHERE id = ?").bind(body.id).first();
    expect(row).toEqual({ cost_micros: 80_000, model: "runway/gen4_image", status: "succeeded" });
  });

  it("makes a video with text_to_video / gen4.5 for the duration asked, charged 12 credits a second", async () => {
    const res = await generate({ description: "a drone flight over a fjord", media_type: "video", tier: "premium", options: { duration_s: 4 } }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<Gen>();
    expect(body).toMatchObject({ content_type: "video/mp4", cost: 0.48 });
    expect(creates()[0]!.body).toEqual({ model: "gen4.5", promptText: "a drone flight over a fjord", ratio: "1280:720", duration: 4 });
  });

  it("reads a video's duration from the prompt when options do not give one", async () => {
    await generate({ description: "an 8 second clip of waves", media_type: "video", tier: "premium", options: { width: 720, height: 1280 } }, newClient());
    expect(creates()[0]!.body).toMatchObject({ ratio: "720:1280", duration: 8 });
  });

  it("speaks quoted words with text_to_speech, charged per 50 characters", async () => {
    const words = "Welcome to the edge media demo, where every frame is made on request.";
    const res = await generate({ description: `a warm voice saying "${words}"`, media_type: "audio", tier: "premium" }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<Gen>();
    expect(body.content_type).toBe("audio/wav");
    expect(creates()[0]!.url).toBe("https://api.dev.runwayml.com/v1/text_to_speech");
    expect(creates()[0]!.body).toEqual({ model: "eleven_multilingual_v2", promptText: words, voice: { type: "runway-preset", presetId: "Maya" } });
    // 69 characters = 2 blocks of 50 = 2 credits.
    expect(body.cost).toBe(0.02);
  });

  it("makes anything else audio a sound_effect", async () => {
    const res = await generate({ description: "rain on a tin roof, 3 seconds", media_type: "audio", tier: "premium" }, newClient());
    expect(res.status).toBe(200);
    expect(creates()[0]!.url).toBe("https://api.dev.runwayml.com/v1/sound_effect");
    expect(creates()[0]!.body).toEqual({ model: "eleven_text_to_sound_v2", promptText: "rain on a tin roof, 3 seconds", duration: 3 });
    expect((await res.json<Gen>()).cost).toBe(0.02);
  });

  it("plans from the description: speech cues, seconds and ratios", () => {
    expect(speechText('say "hello there"')).toBe("hello there");
    expect(speechText("a narrator says: the quick brown fox")).toBe("the quick brown fox");
    expect(speechText("voice-over: welcome to the show")).toBe("welcome to the show");
    expect(speechText("thunder rolling in the distance")).toBeUndefined();
    expect(secondsInPrompt("a 6-second loop")).toBe(6);
    expect(secondsInPrompt("a loop")).toBeUndefined();
    expect(imageRatio(1080, 1920)).toEqual([1080, 1920]);
    expect(imageRatio(800, 800)).toEqual([1024, 1024]);
    expect(imageRatio()).toEqual([1024, 1024]);
    expect(plan({ description: "x".repeat(1500), media_type: "image", options: {} }).body.promptText).toHaveLength(1000);
    expect(plan({ description: "x", media_type: "video", options: { duration_s: 30 } }).body.duration).toBe(10);
  });

  it("estimates from the same plan generate charges", async () => {
    const res = await postJson("/api/media/estimate", { description: "a drone flight", media_type: "video", tier: "premium", options: { duration_s: 6 } });
    expect(await res.json()).toMatchObject({ tier: "premium", provider: "runway", estimated_cost: 0.72 });
  });
});

describe("premium tier: task lifecycle within the synchronous wait", () => {
  it("waits through THROTTLED and RUNNING to SUCCEEDED, polling GET /v1/tasks/{id}", async () => {
    t.fakes().runway.nextTask = [{ steps: ["THROTTLED", "THROTTLED", "RUNNING:0.3", "RUNNING:0.9", "SUCCEEDED"] }];
    const res = await generate({ description: "a fox", tier: "premium" }, newClient());
    expect(res.status).toBe(200);
    const polls = t.fakes().runway.calls.filter((c) => c.method === "GET" && c.url.includes("/v1/tasks/"));
    expect(polls).toHaveLength(5);
    expect(polls[0]!.headers["x-runway-version"]).toBe("2024-11-06");
  });

  it("polls for up to SYNC_WAIT_MS, then answers 202 with the last progress instead of waiting on", async () => {
    setEnv({ SYNC_WAIT_MS: "300", RUNWAY_POLL_INTERVAL_MS: "40", RUNWAY_API_KEY: FAKE_RUNWAY_KEY });
    t.fakes().runway.nextTask = [{ steps: ["PENDING", "RUNNING:0.1", "RUNNING:0.2", "RUNNING:0.3", ...new Array(50).fill("RUNNING:0.35"), "SUCCEEDED"] }];
    const started = Date.now();
    const client = newClient();
    const res = await generate({ description: "a long take", media_type: "video", tier: "premium" }, client);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(202);
    expect(elapsed).toBeGreaterThanOrEqual(200);
    expect(elapsed).toBeLessThan(2_000);
    const job = await res.json<{ poll_url: string }>();
    expect(job).toMatchObject({ status: "running", progress: 0.35 });
    const polls = t.fakes().runway.calls.filter((c) => c.method === "GET").length;
    expect(polls).toBeGreaterThanOrEqual(4);
    expect(polls).toBeLessThanOrEqual(9);
    // Stop the job's own polling before the fakes go away.
    expect((await api(new URL(job.poll_url).pathname, { method: "DELETE", headers: client })).status).toBe(200);
  });

  it("turns FAILED into a 502 naming the failureCode, charging and storing nothing", async () => {
    t.fakes().runway.nextTask = [{ steps: ["RUNNING:0.2", "FAILED:SAFETY.INPUT.TEXT"] }];
    const res = await generate({ description: "a fox", tier: "premium" }, newClient());
    expect(res.status).toBe(502);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("provider_refused_content");
    expect(body.error.message).toContain("SAFETY.INPUT.TEXT");
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  for (const output of ["truncated", "not-media", "expired"] as const) {
    it(`refuses a ${output} output file with 502 provider_bad_output and keeps nothing`, async () => {
      t.fakes().runway.nextTask = [{ steps: ["SUCCEEDED"], output }];
      const res = await generate({ description: "a fox", media_type: output === "truncated" ? "audio" : "image", tier: "premium" }, newClient());
      expect(res.status).toBe(502);
      expect((await res.json<ErrorBody>()).error.code).toBe("provider_bad_output");
      expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
    });
  }

  it("accepts a WebM video as well as MP4", async () => {
    t.fakes().runway.nextTask = [{ steps: ["SUCCEEDED"], output: "webm" }];
    const res = await generate({ description: "a fox", media_type: "video", tier: "premium" }, newClient());
    expect(await res.json()).toMatchObject({ content_type: "video/webm" });
  });
});

describe("premium tier: creation errors", () => {
  const cases: [string, number, string, RegExp][] = [
    ["credits", 402, "provider_credits_exhausted", /not have enough credits/],
    ["401", 502, "provider_key_rejected", /rejected the API key \(401\)/],
    ["400", 502, "provider_failed", /promptText/],
    ["429", 503, "provider_rate_limited", /daily task limit/],
    ["503", 503, "provider_unavailable", /overloaded/],
  ];
  for (const [scenario, status, code, message] of cases) {
    it(`answers ${status} ${code} when creating the task gets ${scenario}, sending the create exactly once`, async () => {
      t.fakes().runway.createScript = [scenario as never];
      const res = await generate({ description: "a fox", tier: "premium" }, newClient());
      expect(res.status).toBe(status);
      const body = await res.json<ErrorBody>();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(message);
      // Never retried: without an idempotency key a second POST could start and bill a second task.
      expect(creates()).toHaveLength(1);
      expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
    });
  }

  it("answers 504 when a create outlasts RUNWAY_TIMEOUT_MS, does not retry it, and says the task may still run", async () => {
    setEnv({ RUNWAY_TIMEOUT_MS: "100" });
    t.fakes().runway.createScript = ["slow"];
    const started = Date.now();
    const res = await generate({ description: "a fox", tier: "premium" }, newClient());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(504);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("provider_timeout");
    expect(body.error.message).toContain("may still run at Runway");
    expect(creates()).toHaveLength(1);
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  it("passes Runway's Retry-After through on a 429", async () => {
    t.fakes().runway.createScript = ["429"];
    const res = await generate({ description: "a fox", tier: "premium" }, newClient());
    expect(res.headers.get("Retry-After")).toBe("60");
  });
});

describe("auto chains across paid tiers", () => {
  it("budget fails, premium serves: the response names the tier and why budget was skipped", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
    t.fakes().hf.script = ["500"];
    const res = await generate({ description: "a fox" }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<Gen>();
    expect(body).toMatchObject({ tier: "premium", provider: "runway", cost: 0.05 });
    expect(body.fallback_reason).toMatch(/^budget .* failed: Hugging Face failed \(500\)/);
    const rows = await env.DB.prepare("SELECT tier, cost_micros FROM generations").all();
    expect(rows.results).toEqual([{ tier: "premium", cost_micros: 50_000 }]);
  });

  it("budget and premium both fail: free serves, and fallback_reason lists both", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
    t.fakes().hf.script = ["402"];
    t.fakes().runway.nextTask = [{ steps: ["FAILED:INTERNAL.BAD_OUTPUT"] }];
    const res = await generate({ description: "a fox" }, newClient());
    const body = await res.json<Gen>();
    expect(body.tier).toBe("free");
    expect(body.fallback_reason).toContain("budget");
    expect(body.fallback_reason).toContain("premium (Runway) failed: Runway task failed (INTERNAL.BAD_OUTPUT)");
  });

  it("video goes straight to premium in auto (budget makes images only)", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
    const res = await generate({ description: "a fox running", media_type: "video" }, newClient());
    expect(await res.json()).toMatchObject({ tier: "premium", fallback_reason: null });
    expect(t.fakes().hf.calls).toHaveLength(0);
  });

  it("uses X-Runway-Key for one request when no server key exists", async () => {
    setEnv({ RUNWAY_API_KEY: undefined });
    const own = `key_${"a1".repeat(64)}`;
    t.fakes().runway.validKeys.add(own);
    const res = await generate({ description: "a fox", tier: "premium" }, { ...newClient(), "X-Runway-Key": own });
    expect(res.status).toBe(200);
    expect(creates()[0]!.headers.authorization).toBe(`Bearer ${own}`);
    expect((await generate({ description: "a fox", tier: "premium" }, newClient())).status).toBe(409);
  });
});
