import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { sniffImage } from "../../src/providers/media-bytes";
import { api, type ErrorBody, FAKE_HF_KEY, generate, newClient, setEnv, usePaidTiers } from "../helpers";
import { makeJpeg } from "../fakes";

const t = usePaidTiers();
const mutable = env as unknown as { AI?: unknown };
afterEach(() => {
  delete mutable.AI;
});

/** Stands in for the `AI` binding: answers like flux-1-schnell ({image: base64 JPEG}) and records its inputs. */
function fakeAi(answer: (input: Record<string, unknown>) => Promise<unknown> = async () => ({ image: b64(makeJpeg(1024, 1024)) })) {
  const calls: { model: string; input: Record<string, unknown> }[] = [];
  mutable.AI = {
    run: async (model: string, input: Record<string, unknown>) => {
      calls.push({ model, input });
      return answer(input);
    },
  };
  return calls;
}

function b64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

describe("budget tier through Workers AI (no key, AI binding)", () => {
  it("the JPEG the fake returns has the size it claims", () => {
    expect(sniffImage(makeJpeg(1024, 768))).toEqual({ contentType: "image/jpeg", extension: "jpg", width: 1024, height: 768 });
  });

  it("serves budget images with flux-1-schnell when no Hugging Face key is set, priced per tile and step", async () => {
    const calls = fakeAi();
    const res = await generate({ description: "a red bicycle", tier: "budget", options: { seed: 9 } }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<{ id: string; provider: string; content_type: string; cost: number }>();
    expect(body).toMatchObject({ provider: "workers_ai", content_type: "image/jpeg" });
    // 4 tiles x 4.8 + 4 steps x 9.6 = 57.6 neurons at $0.011 per 1,000 = $0.000634.
    expect(body.cost).toBe(0.000634);
    expect(calls).toEqual([{ model: "@cf/black-forest-labs/flux-1-schnell", input: { prompt: "a red bicycle", steps: 4, seed: 9 } }]);
    expect((await env.MEDIA.head(`${body.id}.jpg`))?.httpMetadata?.contentType).toBe("image/jpeg");
    const status = await (await api("/api/media/status")).json<{ budget: { configured: boolean; provider: string; key_source: string } }>();
    expect(status.budget).toMatchObject({ configured: true, provider: "FLUX.1 schnell (Cloudflare Workers AI)", key_source: "none" });
  });

  it("leaves the budget tier to Hugging Face when a key is configured", async () => {
    const calls = fakeAi();
    setEnv({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
    const res = await generate({ description: "a red bicycle", tier: "budget", options: { width: 64, height: 64 } }, newClient());
    expect(await res.json()).toMatchObject({ provider: "stable_diffusion" });
    expect(calls).toHaveLength(0);
  });

  it("answers 502 provider_bad_output for a non-image answer and 503 when Workers AI is out of capacity, keeping nothing", async () => {
    fakeAi(async () => ({ image: b64(new TextEncoder().encode("not an image at all")) }));
    const bad = await generate({ description: "a red bicycle", tier: "budget" }, newClient());
    expect(bad.status).toBe(502);
    expect((await bad.json<ErrorBody>()).error.code).toBe("provider_bad_output");
    fakeAi(async () => {
      throw new Error("3040: Capacity temporarily exceeded, please try again.");
    });
    const busy = await generate({ description: "a red bicycle", tier: "budget" }, newClient());
    expect(busy.status).toBe(503);
    expect((await env.MEDIA.list()).objects).toHaveLength(0);
    expect(t.fakes().strays).toEqual([]);
  });
});
