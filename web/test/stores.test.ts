import { get } from "svelte/store";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../src/lib/api";
import { createEstimator } from "../src/lib/stores/estimate";
import { createGenerator } from "../src/lib/stores/generation";
import { createKeyStore } from "../src/lib/stores/keys";
import type { Estimate } from "../src/lib/types";
import { GENERATION, JOB, MemoryStorage } from "./helpers";

const estimateFor = (description: string, tier: Estimate["tier"] = "free"): Estimate => ({
  tier,
  provider: "procedural",
  media_type: "image",
  estimated_cost: 0,
  estimated_time_ms: 30,
  description,
});

describe("estimator", () => {
  afterEach(() => vi.useRealTimers());

  it("debounces typing into one request, for the last text", async () => {
    vi.useFakeTimers();
    const estimate = vi.fn(async (body: { description: string }) => estimateFor(body.description));
    const est = createEstimator({ estimate }, 300);
    for (const text of ["a", "a d", "a da", "a dashboard"]) {
      est.request({ description: text });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(get(est).status).toBe("loading");
    await vi.advanceTimersByTimeAsync(300);
    expect(estimate).toHaveBeenCalledTimes(1);
    expect(estimate.mock.calls[0]![0].description).toBe("a dashboard");
    expect(get(est)).toMatchObject({ status: "ready", estimate: { description: "a dashboard" } });
  });

  it("never shows a stale answer that arrives after a newer request", async () => {
    vi.useFakeTimers();
    const resolvers: Array<(e: Estimate) => void> = [];
    const estimate = vi.fn((_body: { description: string }, signal?: AbortSignal) => new Promise<Estimate>((resolve) => {
      resolvers.push(resolve);
      void signal;
    }));
    const est = createEstimator({ estimate }, 10);
    est.request({ description: "first", tier: "free" });
    await vi.advanceTimersByTimeAsync(10);
    est.request({ description: "second", tier: "budget" });
    await vi.advanceTimersByTimeAsync(10);
    resolvers[1]!(estimateFor("second", "budget"));
    await vi.advanceTimersByTimeAsync(0);
    resolvers[0]!(estimateFor("first"));
    await vi.advanceTimersByTimeAsync(0);
    expect(get(est).estimate?.description).toBe("second");
    expect(estimate.mock.calls[0]![1]?.aborted).toBe(true);
  });

  it("keeps the last figure while the next one loads (no layout jump)", async () => {
    vi.useFakeTimers();
    const est = createEstimator({ estimate: async (b) => estimateFor(b.description) }, 50);
    est.request({ description: "one" });
    await vi.advanceTimersByTimeAsync(50);
    est.request({ description: "two" });
    expect(get(est)).toMatchObject({ status: "loading", estimate: { description: "one" } });
  });

  it("goes idle for an empty description without calling the API", async () => {
    vi.useFakeTimers();
    const estimate = vi.fn(async () => estimateFor("x"));
    const est = createEstimator({ estimate }, 10);
    est.request({ description: "   " });
    await vi.advanceTimersByTimeAsync(50);
    expect(estimate).not.toHaveBeenCalled();
    expect(get(est).status).toBe("idle");
  });

  it("holds the API's error for the form to show", async () => {
    vi.useFakeTimers();
    const err = new ApiError(409, "tier_not_configured", "The budget tier is not configured");
    const est = createEstimator({ estimate: async () => { throw err; } }, 10);
    est.request({ description: "x", tier: "budget" });
    await vi.advanceTimersByTimeAsync(10);
    expect(get(est)).toMatchObject({ status: "error", error: err, estimate: null });
  });
});

describe("generator", () => {
  const noSleep = async () => {};

  it("shows a quick result at once", async () => {
    const gen = createGenerator({
      generate: async () => ({ kind: "done", generation: { ...GENERATION }, cache: "MISS" }),
      job: vi.fn(),
      cancelJob: vi.fn(),
    });
    await gen.run({ description: "a dashboard" });
    expect(get(gen)).toMatchObject({ status: "done", generation: { id: GENERATION.id }, cache: "MISS", body: { description: "a dashboard" } });
  });

  it("polls a long job with rising progress until it succeeds", async () => {
    const seen: number[] = [];
    const states = [
      { id: "j1", state: "running" as const, progress: 0.3 },
      { id: "j1", state: "running" as const, progress: 0.7 },
      { id: "j1", state: "done" as const, progress: 1, generation: { ...GENERATION, media_type: "video" as const } },
    ];
    const gen = createGenerator(
      {
        generate: async () => ({ kind: "pending", job: { ...JOB, id: "j1", poll_url: "/api/media/jobs/j1" } }),
        job: vi.fn(async () => states.shift()!),
        cancelJob: vi.fn(),
      },
      { sleep: noSleep },
    );
    const unsubscribe = gen.subscribe((s) => s.status === "polling" && seen.push(s.progress));
    await gen.run({ description: "a drone shot", media_type: "video" });
    unsubscribe();
    expect(seen).toEqual([0, 0.3, 0.7]);
    expect(get(gen)).toMatchObject({ status: "done", progress: 1, generation: { media_type: "video" } });
  });

  it("cancels a long job on the server", async () => {
    let release!: () => void;
    const cancelJob = vi.fn(async () => {});
    const gen = createGenerator(
      {
        generate: async () => ({ kind: "pending", job: { ...JOB, id: "j9", poll_url: "" } }),
        job: vi.fn(async () => ({ id: "j9", state: "running" as const, progress: 0.1 })),
        cancelJob,
      },
      { sleep: (_ms, signal) => new Promise<void>((r) => { release = r; signal.addEventListener("abort", () => r()); }) },
    );
    const running = gen.run({ description: "a long video" });
    await vi.waitFor(() => expect(get(gen).status).toBe("polling"));
    await gen.cancel();
    release();
    await running;
    expect(cancelJob).toHaveBeenCalledWith("j9");
    expect(get(gen).status).toBe("cancelled");
  });

  it("stops polling without cancelling the job when the page is left", async () => {
    const cancelJob = vi.fn(async () => {});
    const job = vi.fn(async () => ({ id: "j3", state: "running" as const, progress: 0.2 }));
    const gen = createGenerator(
      { generate: async () => ({ kind: "pending", job: { ...JOB, id: "j3", poll_url: "" } }), job, cancelJob },
      { sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))) },
    );
    const running = gen.run({ description: "a long video" });
    await vi.waitFor(() => expect(job).toHaveBeenCalled());
    gen.detach();
    await running;
    const polls = job.mock.calls.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(job.mock.calls.length).toBe(polls);
    expect(cancelJob).not.toHaveBeenCalled();
  });

  it("reports a failed job's reason as an error", async () => {
    const gen = createGenerator(
      {
        generate: async () => ({ kind: "pending", job: { ...JOB, id: "j2", poll_url: "" } }),
        job: async () => ({ id: "j2", state: "failed" as const, progress: 0.5, error: "Content moderation rejected the prompt" }),
        cancelJob: vi.fn(),
      },
      { sleep: noSleep },
    );
    await gen.run({ description: "x" });
    expect(get(gen)).toMatchObject({ status: "error", error: { message: "Content moderation rejected the prompt" } });
  });

  it("keeps the previous result on screen when the next run fails", async () => {
    let n = 0;
    const gen = createGenerator({
      generate: async () => {
        if (++n === 1) return { kind: "done" as const, generation: { ...GENERATION }, cache: null };
        throw new ApiError(429, "rate_limited", "Too many requests", undefined, new Date(Date.now() + 30_000));
      },
      job: vi.fn(),
      cancelJob: vi.fn(),
    });
    await gen.run({ description: "one" });
    await gen.run({ description: "two" });
    const s = get(gen);
    expect(s.status).toBe("error");
    expect(s.error?.status).toBe(429);
    expect(s.error?.retryAt).toBeInstanceOf(Date);
    expect(s.generation?.id).toBe(GENERATION.id);
  });

  it("forgets a failed run's error when asked (the form changed), but not a rate limit's", async () => {
    let error = new ApiError(409, "tier_not_configured", "The premium tier (Runway) is not configured");
    const gen = createGenerator({ generate: async () => { throw error; }, job: vi.fn(), cancelJob: vi.fn() });
    await gen.run({ description: "x", tier: "premium" });
    expect(get(gen).status).toBe("error");
    gen.clearError();
    expect(get(gen)).toMatchObject({ status: "idle", error: null });

    error = new ApiError(429, "rate_limited", "Too many", undefined, new Date(Date.now() + 30_000));
    await gen.run({ description: "x" });
    gen.clearError();
    expect(get(gen)).toMatchObject({ status: "error", error: { status: 429 } });
  });
});

describe("browser key store", () => {
  it("keeps keys in local storage and sends only present ones as headers", () => {
    const local = new MemoryStorage();
    const keys = createKeyStore(local, new MemoryStorage());
    expect(keys.headers()).toEqual({});
    keys.set("stable_diffusion", "  hf_abc  ");
    expect(keys.headers()).toEqual({ "X-HF-Key": "hf_abc" });
    keys.set("runway", "key_def");
    expect(keys.headers()).toEqual({ "X-HF-Key": "hf_abc", "X-Runway-Key": "key_def" });
    // A new page load reads them back.
    expect(createKeyStore(local).headers()).toEqual({ "X-HF-Key": "hf_abc", "X-Runway-Key": "key_def" });
  });

  it("forgets a removed key completely", () => {
    const local = new MemoryStorage();
    const keys = createKeyStore(local);
    keys.set("runway", "key_def");
    keys.remove("runway");
    expect(get(keys)).toEqual({});
    expect(local.length).toBe(0);
  });

  it("keeps the admin token in session storage only", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const keys = createKeyStore(local, session);
    keys.setAdminToken("dev-admin");
    expect(keys.adminToken()).toBe("dev-admin");
    expect(local.length).toBe(0);
    expect(session.length).toBe(1);
    keys.setAdminToken("");
    expect(session.length).toBe(0);
  });

  it("survives garbage in storage", () => {
    const local = new MemoryStorage();
    local.setItem("edge-media.keys", "{not json");
    expect(createKeyStore(local).headers()).toEqual({});
  });
});
