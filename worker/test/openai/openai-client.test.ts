import { env, exports } from "cloudflare:workers";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { admin, api, BASE, FAKE_RUNWAY_KEY, newKey, postJson, setEnv, sleep, usePaidTiers } from "../helpers";

// The official `openai` package is the client here, pointed at this worker: what a user's existing code does.
const t = usePaidTiers();

function openAiClient(apiKey: string) {
  return new OpenAI({ apiKey, baseURL: `${BASE}/v1`, maxRetries: 0, fetch: (url, init) => exports.default.fetch(new Request(url as string, init)) });
}

/** A client key of its own (rate limits and history are per key), used as the OpenAI apiKey; no retries, so a 429 surfaces. */
async function client(settings: Record<string, unknown> = {}) {
  const { key: apiKey, id } = await newKey({ tiers: ["free", "budget", "premium"], ...settings });
  return { apiKey, id, openai: openAiClient(apiKey) };
}

async function bytesOf(url: string): Promise<Uint8Array> {
  const res = await api(new URL(url).pathname);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

function b64decode(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

describe("the openai client against /v1", () => {
  it("images.generate with response_format url: the URL serves the stored file, and the generation is in the caller's history", async () => {
    const { openai, apiKey } = await client();
    const res = await openai.images.generate({ model: "free", prompt: "a red circle on a white background", size: "256x256" });
    expect(res.created).toBeGreaterThan(1_700_000_000);
    expect(res.data).toHaveLength(1);
    const image = res.data![0]! as OpenAI.Image & { edge_media: { id: string; tier: string; cost: number; content_type: string } };
    expect(image.url).toMatch(new RegExp(`^${BASE}/api/media/files/[0-9a-f-]+\\.svg$`));
    expect(image.edge_media).toMatchObject({ tier: "free", cost: 0, content_type: "image/svg+xml" });
    expect(new TextDecoder().decode(await bytesOf(image.url!))).toContain("<svg");
    const history = await (await api("/api/media/history", { headers: { Authorization: `Bearer ${apiKey}` } })).json<{ items: { id: string; description: string }[] }>();
    expect(history.items.map((i) => [i.id, i.description])).toContainEqual([image.edge_media.id, "a red circle on a white background"]);
  });

  it("images.generate with n=2 and b64_json: two different images, each the bytes that were stored", async () => {
    const { openai } = await client();
    const res = await openai.images.generate({ model: "free", prompt: "a lighthouse at dusk", n: 2, response_format: "b64_json" });
    expect(res.data).toHaveLength(2);
    const [a, b] = res.data!.map((d) => d as OpenAI.Image & { edge_media: { url: string } });
    expect(a!.url).toBeUndefined();
    for (const d of [a!, b!]) expect(b64decode(d.b64_json!)).toEqual(await bytesOf(d.edge_media.url));
    expect(a!.b64_json).not.toBe(b!.b64_json);
  });

  it("audio.speech.create with model premium waits for the speech and answers its bytes with the right Content-Type", async () => {
    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0" });
    const { openai } = await client();
    const res = await openai.audio.speech.create({ model: "premium", input: 'Hello there, "friend".', voice: "alloy", response_format: "wav" });
    expect(res.headers.get("content-type")).toBe("audio/wav");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("RIFF");
    const create = t.fakes().runway.calls.find((c) => c.method === "POST" && c.url.endsWith("/v1/text_to_speech"));
    expect(create!.body).toMatchObject({ model: "eleven_multilingual_v2", promptText: "Hello there, 'friend'." });
  });

  it("audio.speech.create with model free (or auto with no speaking tier) is a clear 400: the free engine cannot speak", async () => {
    const { openai } = await client();
    for (const model of ["free", "auto"]) {
      const err = await openai.audio.speech.create({ model, input: "Hello", voice: "alloy" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      const e = err as InstanceType<typeof OpenAI.BadRequestError>;
      expect(e.status).toBe(400);
      expect(e.message).toContain("cannot speak");
      expect(e.param).toBe("model");
      expect(e.code).toBe("model_cannot_speak");
    }
    expect(t.fakes().runway.calls).toHaveLength(0);
  });

  it("videos: create a premium job, poll retrieve until completed, then downloadContent gives the stored video", async () => {
    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "5" });
    t.fakes().runway.nextTask = [{ steps: ["PENDING", "RUNNING:0.3", "RUNNING:0.7", "SUCCEEDED"] }];
    const { openai, apiKey } = await client();
    const created = await openai.videos.create({ model: "premium", prompt: "a slow pan over mountains", seconds: "4", size: "1280x720" });
    expect(created).toMatchObject({ object: "video", model: "premium", seconds: "4", size: "1280x720", prompt: "a slow pan over mountains", error: null });
    expect(["queued", "in_progress"]).toContain(created.status);
    const seen = new Set<string>();
    let video = created;
    for (let i = 0; i < 200 && video.status !== "completed" && video.status !== "failed"; i++) {
      await sleep(20);
      video = await openai.videos.retrieve(created.id);
      seen.add(`${video.status}:${video.progress}`);
    }
    expect(video).toMatchObject({ id: created.id, status: "completed", progress: 100, error: null });
    expect(video.completed_at).not.toBeNull();
    const content = await openai.videos.downloadContent(created.id);
    expect(content.headers.get("content-type")).toBe("video/mp4");
    const bytes = new Uint8Array(await content.arrayBuffer());
    const stored = await env.MEDIA.get(`${created.id}.mp4`);
    expect(bytes).toEqual(new Uint8Array(await stored!.arrayBuffer()));
    // The job is the native one: the same id under /api/media/jobs, charged once.
    expect(await (await api(`/api/media/jobs/${created.id}`, { headers: { Authorization: `Bearer ${apiKey}` } })).json()).toMatchObject({ status: "succeeded", cost: 0.48 });
  });

  it("videos on the free tier complete at once; content of a video that is not done is a 409, of another caller's a 404", async () => {
    const { openai } = await client();
    const video = await openai.videos.create({ model: "free", prompt: "bouncing balls", seconds: "4" });
    expect(video).toMatchObject({ status: "completed", progress: 100, model: "free", seconds: "4" });
    expect((await openai.videos.downloadContent(video.id)).headers.get("content-type")).toMatch(/^image\/svg\+xml|^video\//);
    const other = (await client()).openai;
    const err = await other.videos.retrieve(video.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    const err2 = await other.videos.downloadContent(video.id).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(OpenAI.NotFoundError);

    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000" });
    const pending = await openai.videos.create({ model: "premium", prompt: "a slow pan", seconds: "4" });
    const notReady = await openai.videos.downloadContent(pending.id).catch((e: unknown) => e);
    expect(notReady).toBeInstanceOf(OpenAI.ConflictError);
    expect((notReady as Error).message).toContain("not completed");
  });

  it("a bad request gets OpenAI's error shape naming the param: unknown model, n out of range, bad size", async () => {
    const { openai } = await client();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ model: "dall-e-3" }, "model", "does not exist here"],
      [{ model: "free", n: 9 }, "n", "n must be 1-4"],
      [{ model: "free", size: "big" }, "size", "WIDTHxHEIGHT"],
      [{ model: "free", prompt: "" }, "prompt", "prompt must be 1-2000 characters"],
    ];
    for (const [extra, param, text] of cases) {
      const err = await openai.images.generate({ prompt: "x", ...extra } as never).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      const e = err as InstanceType<typeof OpenAI.BadRequestError>;
      expect(e.type).toBe("invalid_request_error");
      expect(e.param).toBe(param);
      expect(e.message).toContain(text);
    }
    // The raw body is exactly OpenAI's shape; the native API keeps its own.
    const raw = await postJson("/v1/images/generations", { prompt: "x", model: "nope" });
    expect(await raw.json()).toEqual({ error: { message: expect.stringContaining("'nope'"), type: "invalid_request_error", param: "model", code: "model_not_found" } });
    const native = await postJson("/api/media/generate", {});
    expect(Object.keys((await native.json<{ error: object }>()).error)).not.toContain("type");
    // Unknown /v1 routes too.
    expect(await (await api("/v1/chat/completions", { method: "POST" })).json()).toMatchObject({ error: { type: "invalid_request_error", code: "not_found" } });
  });

  it("a caller over its rate limit gets a 429 RateLimitError with Retry-After, and nothing was generated", async () => {
    const { openai } = await client({ rate_limit_per_minute: 1 });
    await openai.images.generate({ model: "free", prompt: "first" });
    const err = await openai.images.generate({ model: "free", prompt: "second" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(e.status).toBe(429);
    expect(e.type).toBe("rate_limit_error");
    expect(Number(e.headers?.get("retry-after"))).toBeGreaterThan(0);
    const rows = await env.DB.prepare("SELECT description FROM generations").all<{ description: string }>();
    expect(rows.results.map((r) => r.description)).toEqual(["first"]);
  });

  it("an unknown or revoked key gets a 401 AuthenticationError in OpenAI's shape, and nothing is generated", async () => {
    const err = await openAiClient("sk-not-a-key-of-ours").images.generate({ model: "free", prompt: "x" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const e = err as InstanceType<typeof OpenAI.AuthenticationError>;
    expect(e.status).toBe(401);
    expect(e.type).toBe("authentication_error");
    expect(e.code).toBe("invalid_api_key");
    const { openai, id } = await client();
    expect((await api(`/api/keys/${id}`, { method: "DELETE", headers: admin })).status).toBeLessThan(300);
    expect(await openai.models.list().catch((x: unknown) => x)).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM generations").first<{ n: number }>())!.n).toBe(0);
  });

  it("models.list shows what this deployment can serve now (auto and free always, premium once configured) and the key may use", async () => {
    const { openai } = await client();
    const ids = async (o = openai) => (await o.models.list()).data.map((m) => m.id);
    expect(await ids()).toEqual(["auto", "free"]);
    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY });
    expect(await ids()).toEqual(["auto", "free", "premium"]);
    // ... and only the tiers the key may use.
    expect(await ids((await client({ tiers: ["free"] })).openai)).toEqual(["auto", "free"]);
  });
});
