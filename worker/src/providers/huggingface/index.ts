import { readConfig } from "../../config";
import { resolveKey } from "../../keys/store";
import { hfImageMicros } from "../../pricing";
import { providerError, reasonOf, retryAfterSeconds, transportError } from "../http";
import { sniffImage } from "../media-bytes";
import { type GeneratedMedia, type Provider } from "../provider";
import { deadlineSignal, sleep } from "../timing";
import { ID, imageRequest, mapError, NAME, testKey } from "./api";

// The budget tier, wired from its pieces: api.ts builds requests and reads answers; this file calls, waits out a
// cold model within the time limit, and checks the bytes before they are stored and charged.

/** A cold model is waited for at most this many times (each wait honours estimated_time, within the timeout). */
const MAX_LOADING_WAITS = 3;
const DEFAULT_MODEL = "stabilityai/stable-diffusion-xl-base-1.0";

function toMedia(bytes: Uint8Array, model: string): GeneratedMedia {
  const image = sniffImage(bytes);
  if (!image || !image.width || !image.height) {
    throw providerError(ID, 502, "provider_bad_output", `${NAME} returned ${bytes.byteLength} bytes that are not a complete image`);
  }
  return { bytes, contentType: image.contentType, extension: image.extension, costMicros: hfImageMicros(model, image.width, image.height), model };
}

/** The budget tier: Stable Diffusion through the Hugging Face router, images only, by direct fetch. */
export const huggingface: Provider = {
  id: ID,
  tier: "budget",
  label: "Stable Diffusion (Hugging Face)",
  mediaTypes: ["image"],

  async isConfigured(ctx) {
    return (await resolveKey(ctx, "stable_diffusion")) !== null;
  },

  estimate(req) {
    // estimate() has no context (it stays cheap and synchronous): the default model's price applies.
    return { costMicros: hfImageMicros(DEFAULT_MODEL, req.options.width ?? 1024, req.options.height ?? 1024), timeMs: 4_000 };
  },

  async generate(req, ctx) {
    const cfg = readConfig(ctx.env).hf;
    const resolved = await resolveKey(ctx, "stable_diffusion");
    if (!resolved) throw providerError(ID, 502, "provider_key_rejected", `${NAME}: no API key configured`);
    const key = resolved.key;
    const deadline = Date.now() + cfg.timeoutMs;
    const signal = deadlineSignal(cfg.timeoutMs, ctx.signal);
    const { url, init } = imageRequest(cfg, req, key);

    for (let waits = 0; ; waits++) {
      let res: Response;
      let bytes: Uint8Array | undefined;
      try {
        res = await ctx.fetch(url, { ...init, signal });
        if (res.ok) bytes = new Uint8Array(await res.arrayBuffer());
      } catch (err) {
        throw transportError(ID, NAME, err, signal.aborted && !ctx.signal?.aborted, cfg.timeoutMs);
      }
      if (bytes) return toMedia(bytes, cfg.model);

      const { text, json } = await reasonOf(res, key);
      if (res.status === 503) {
        const estimated = typeof json?.estimated_time === "number" ? json.estimated_time : undefined;
        const waitMs = estimated === undefined ? undefined : Math.ceil(estimated * 1000);
        // A loading model says how long it needs: wait that long if it fits before our deadline, else say so.
        if (waitMs !== undefined && waits < MAX_LOADING_WAITS && Date.now() + waitMs < deadline) {
          try {
            await sleep(waitMs, signal);
          } catch (err) {
            throw transportError(ID, NAME, err, !ctx.signal?.aborted, cfg.timeoutMs);
          }
          continue;
        }
        const retry = estimated === undefined ? retryAfterSeconds(res) : Math.ceil(estimated);
        throw providerError(ID, 503, "provider_unavailable", `${NAME} is unavailable (503): ${text}${estimated === undefined ? "" : ` (estimated ${Math.ceil(estimated)} s)`}`, retry);
      }
      throw mapError(res, text, cfg.model);
    }
  },

  async testKey(key, ctx) {
    return testKey(readConfig(ctx.env).hf, key, ctx);
  },
};
