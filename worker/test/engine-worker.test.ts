import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import engineWorker from "../../packages/engine/worker";
import { artwork } from "../../packages/engine/test/artwork";
import { admin, api, bearer, type ErrorBody, generate, type KeyView, newClient, newKey, snapshot, usePaidTiers } from "./helpers";

// The free engine is its own Worker (packages/engine/worker.ts), bundled as it deploys and run beside the API as
// the auxiliary worker behind the ENGINE service binding (vitest.config.ts): these tests go through the real binding.

usePaidTiers(); // an admin token (client keys show what was charged), empty stores, and no stray network calls

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
/** A long path of an artwork file's drawing: what the engine inlines when it draws that subject. */
const firstPath = (name: string) => artwork(name)!.match(/ d="([^"]{40,})"/)![1]!;

// The app reads the same env object the tests see: take the binding away, or swap it, for one test.
const bindings = env as unknown as Record<string, unknown>;
const realEngine = env.ENGINE;
afterEach(() => {
  bindings.ENGINE = realEngine;
});

describe("the engine Worker over RPC (env.ENGINE)", () => {
  it("draws a named subject with its artwork, read from the engine Worker's own assets", async () => {
    const out = await env.ENGINE.render({ description: "a dog playing with a ball in a park", media_type: "image", options: { seed: 7 } });
    expect(out).toMatchObject({ content_type: "image/svg+xml", extension: "svg", kind: "illustration" });
    const svg = decode(out.bytes);
    expect(svg).toContain(firstPath("dog"));
    expect(svg).not.toMatch(/<(image|use|script)\b|href=/);
  });

  it("makes audio as WAV bytes", async () => {
    const out = await env.ENGINE.render({ description: "a short doorbell chime", media_type: "audio", options: { duration_s: 1 } });
    expect(out).toMatchObject({ content_type: "audio/wav", extension: "wav" });
    expect(decode(out.bytes.slice(0, 4))).toBe("RIFF");
  });

  it.each([
    ["a missing description", { media_type: "image" }, /description must be a string/],
    ["an over-long description", { description: "d".repeat(2001), media_type: "image" }, /description must be 1-2000 characters/],
    ["an unknown media type", { description: "a cat", media_type: "gif" }, /media_type must be one of image, video, audio/],
    ["an unknown field", { description: "a cat", media_type: "image", tier: "free" }, /unknown field "tier"/],
    ["an unknown option", { description: "a cat", media_type: "image", options: { negative_prompt: "dogs" } }, /unknown option "negative_prompt"/],
    ["an option out of range", { description: "a cat", media_type: "image", options: { width: 10_000 } }, /options.width must be an integer 64-4096/],
    ["not an object", "a cat", /expected an object/],
  ])("refuses %s", async (_name, input, message) => {
    // Awaited inside a plain async function: vitest's `rejects` on the RPC promise itself reports the rejection as unhandled.
    await expect((async () => await env.ENGINE.render(input))()).rejects.toThrow(message);
  });

  it("has no public surface: its fetch handler answers 404 JSON", async () => {
    const res = await engineWorker.fetch();
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("free generations through the API", () => {
  it("an API request for a subject is answered with the picture of it (artwork through the binding)", async () => {
    const res = await generate({ description: "a cute cat logo for a coffee shop", tier: "free", cache: false }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<{ url: string; tier: string; cost: number }>();
    expect(body).toMatchObject({ tier: "free", cost: 0 });
    const svg = await (await api(new URL(body.url).pathname)).text();
    expect(svg).toContain(firstPath("cat"));
  });

  it("the engine accepts every option the API accepts (negative_prompt is the API's alone)", async () => {
    const res = await generate(
      { description: "x".repeat(2000), tier: "free", cache: false, options: { width: 64, height: 4096, seed: 4294967295, negative_prompt: "blur" } },
      newClient(),
    );
    expect(res.status).toBe(200);
  });

  /** A client key's generations and spend this month, as the admin sees them. */
  async function charged(id: string) {
    return (await (await api(`/api/keys/${id}`, { headers: admin })).json<KeyView>()).this_month;
  }

  it("without the ENGINE binding answers 503 provider_unavailable, storing and charging nothing", async () => {
    const key = await newKey();
    const before = await snapshot();
    delete bindings.ENGINE;
    const res = await generate({ description: "a red car on a city street", tier: "free", cache: false }, bearer(key.key));
    expect(res.status).toBe(503);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("provider_unavailable");
    expect(body.error.message).toMatch(/ENGINE service binding is missing/);
    expect(await snapshot()).toEqual(before);
    expect(await charged(key.id)).toMatchObject({ generations: 0, spend_usd: 0 });
  });

  it("when the engine Worker fails answers 502 provider_failed with its reason, storing and charging nothing", async () => {
    const key = await newKey();
    const before = await snapshot();
    // The real engine Worker, made to fail the real way: it refuses the input it is handed.
    bindings.ENGINE = { render: (input: Record<string, unknown>) => realEngine.render({ ...input, media_type: "gif" }) };
    const res = await generate({ description: "a red car on a city street", tier: "free", cache: false }, bearer(key.key));
    expect(res.status).toBe(502);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("provider_failed");
    expect(body.error.message).toMatch(/media_type must be one of/);
    expect(await snapshot()).toEqual(before);
    expect(await charged(key.id)).toMatchObject({ generations: 0, spend_usd: 0 });
  });

  it("with tier auto and no paid tier configured, the engine's failure is the answer (no silent fallback)", async () => {
    delete bindings.ENGINE;
    const res = await generate({ description: "a red car on a city street", cache: false }, newClient());
    expect(res.status).toBe(503);
    expect((await res.json<ErrorBody>()).error.code).toBe("provider_unavailable");
  });
});
