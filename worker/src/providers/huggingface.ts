import { readConfig } from "../config";
import { resolveKey } from "../keys/store";
import { hfImageMicros } from "../pricing";
import { reasonOf, retryAfterSeconds, providerError, transportError } from "./http";
import { sniffImage } from "./media-bytes";
import { ProviderError, deadlineSignal, sleep, type GeneratedMedia, type KeyTest, type MediaRequest, type Provider, type ProviderContext } from "./provider";

const ID = "stable_diffusion";
const NAME = "Hugging Face";
/** A cold model is waited for at most this many times (each wait honours estimated_time, within the timeout). */
const MAX_LOADING_WAITS = 3;
const DEFAULT_MODEL = "stabilityai/stable-diffusion-xl-base-1.0";

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
    const url = `${cfg.apiBase}/models/${cfg.model}`;
    const body = JSON.stringify({ inputs: req.description, parameters: parameters(req) });

    for (let waits = 0; ; waits++) {
      let res: Response;
      let bytes: Uint8Array | undefined;
      try {
        res = await ctx.fetch(url, {
          method: "POST",
          headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", Accept: "image/png" },
          body,
          signal,
        });
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
    return testHfKey(key, ctx);
  },
};

function parameters(req: MediaRequest): Record<string, unknown> {
  const o = req.options;
  const p: Record<string, unknown> = {};
  if (o.negative_prompt) p.negative_prompt = o.negative_prompt;
  if (o.width !== undefined) p.width = o.width;
  if (o.height !== undefined) p.height = o.height;
  if (o.seed !== undefined) p.seed = o.seed;
  return p;
}

function toMedia(bytes: Uint8Array, model: string): GeneratedMedia {
  const image = sniffImage(bytes);
  if (!image || !image.width || !image.height) {
    throw providerError(ID, 502, "provider_bad_output", `${NAME} returned ${bytes.byteLength} bytes that are not a complete image`);
  }
  return { bytes, contentType: image.contentType, extension: image.extension, costMicros: hfImageMicros(model, image.width, image.height), model };
}

function mapError(res: Response, text: string, model: string): ProviderError {
  switch (res.status) {
    case 401:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} rejected the API key (401): ${text}`);
    case 402:
      return providerError(ID, 402, "provider_credits_exhausted", `${NAME} credits are exhausted (402): ${text}`);
    case 403:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} refused the key (403; the token needs the "Inference Providers" permission): ${text}`);
    case 404:
      return providerError(ID, 502, "provider_failed", `${NAME} does not serve model ${model} (404): ${text}`);
    case 410:
      return providerError(ID, 502, "provider_failed", `${NAME} endpoint is gone (410): point HF_API_BASE at the router (https://router.huggingface.co/hf-inference)`);
    case 400:
    case 422:
      return providerError(ID, 502, "provider_failed", `${NAME} refused the request (${res.status}): ${text}`);
    case 429:
      return providerError(ID, 503, "provider_rate_limited", `${NAME} rate limit reached (429): ${text}`, retryAfterSeconds(res));
    case 504:
      return providerError(ID, 504, "provider_timeout", `${NAME} timed out (504): ${text}`);
    default:
      return providerError(ID, 502, "provider_failed", `${NAME} failed (${res.status}): ${text}`);
  }
}

async function testHfKey(key: string, ctx: ProviderContext): Promise<KeyTest> {
  const cfg = readConfig(ctx.env).hf;
  let res: Response;
  try {
    res = await ctx.fetch(`${cfg.hubBase}/api/whoami-v2`, { headers: { Authorization: `Bearer ${key}` }, signal: deadlineSignal(10_000, ctx.signal) });
  } catch (err) {
    return { ok: false, message: `${NAME} could not be reached to test the key: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!res.ok) {
    const { text } = await reasonOf(res, key);
    return { ok: false, message: `${NAME} rejected the key (${res.status}): ${text}` };
  }
  const who = (await res.json().catch(() => ({}))) as { name?: string; auth?: { accessToken?: { displayName?: string; role?: string } } };
  const token = who.auth?.accessToken;
  const detail = [who.name && `account ${who.name}`, token?.displayName && `token "${token.displayName}"`, token?.role && `role ${token.role}`].filter(Boolean).join(", ");
  return { ok: true, message: `${NAME} accepted the key${detail ? ` (${detail})` : ""}` };
}
