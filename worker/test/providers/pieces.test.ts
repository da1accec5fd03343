import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { imageRequest } from "../../src/providers/huggingface/api";
import { ProviderError, type MediaRequest } from "../../src/providers/provider";
import { createTask, getTask } from "../../src/providers/runway/api";
import { plan } from "../../src/providers/runway/plan";
import { runImage } from "../../src/providers/workers-ai/api";

// Each provider's pieces on their own, with a fetch or binding made for the test: what api.ts sends and how it
// reads the answers, without the provider's waiting around it.

const req = (options: MediaRequest["options"] = {}): MediaRequest => ({ description: "a lighthouse at dusk", media_type: "image", options });
const answering = (status: number, body: unknown = {}) =>
  (async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status })) as typeof fetch;

describe("huggingface/api", () => {
  it("sends the description as inputs and only the options that were given", () => {
    const { url, init } = imageRequest({ apiBase: "https://hf.test/hf-inference", hubBase: "https://hub.test", model: "org/model" }, req({ width: 512, seed: 7 }), "hf_key");
    expect(url).toBe("https://hf.test/hf-inference/models/org/model");
    expect(JSON.parse(init.body as string)).toEqual({ inputs: "a lighthouse at dusk", parameters: { width: 512, seed: 7 } });
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer hf_key");
  });
});

describe("runway/api", () => {
  const api = { apiBase: "https://runway.test", timeoutMs: 1_000 };

  it("returns the created task's id, and maps a 401 to provider_key_rejected without echoing the key", async () => {
    expect(await createTask(api, plan(req()), "key_x", { env, fetch: answering(200, { id: "task-1" }) })).toBe("task-1");
    const err = await createTask(api, plan(req()), "key_secret", { env, fetch: answering(401, { error: "bad key_secret" }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ status: 502, code: "provider_key_rejected" });
    expect((err as Error).message).not.toContain("key_secret");
  });

  it("treats a status check that cannot reach Runway as no answer yet, and a 404 as a verdict", async () => {
    const unreachable = (async () => {
      throw new TypeError("network down");
    }) as typeof fetch;
    expect(await getTask(api, "t", "k", { env, fetch: unreachable })).toBeNull();
    await expect(getTask(api, "t", "k", { env, fetch: answering(404) })).rejects.toMatchObject({ code: "provider_failed" });
  });
});

describe("workers-ai/api", () => {
  it("decodes the base64 image the model answers", async () => {
    const ai = { run: async () => ({ image: btoa("\x89PNG") }) };
    expect([...(await runImage(ai, req()))]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("names a capacity error 503 provider_unavailable and a missing image provider_bad_output", async () => {
    const busy = {
      run: async () => {
        throw new Error("Capacity temporarily exceeded");
      },
    };
    await expect(runImage(busy, req())).rejects.toMatchObject({ status: 503, code: "provider_unavailable" });
    await expect(runImage({ run: async () => ({}) }, req())).rejects.toMatchObject({ status: 502, code: "provider_bad_output" });
  });
});
