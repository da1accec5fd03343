import { workersAiFluxMicros } from "../pricing";
import { providerError } from "./http";
import { sniffImage } from "./media-bytes";
import { deadlineSignal, type Provider } from "./provider";

const ID = "workers_ai";
const MODEL = "@cf/black-forest-labs/flux-1-schnell";
const STEPS = 4;
const TIMEOUT_MS = 60_000;

/** Just what this provider calls on the `AI` binding (present only when wrangler.toml declares `[ai]`). */
interface AiBinding {
  run(model: string, input: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
}

function binding(env: Env): AiBinding | undefined {
  const ai = (env as Env & { AI?: AiBinding }).AI;
  return ai && typeof ai.run === "function" ? ai : undefined;
}

/**
 * A budget image source that needs no key once deployed with an `[ai]` binding: Cloudflare Workers AI,
 * FLUX.1 [schnell]. Used for the budget tier when no Hugging Face key is configured.
 */
export const workersAi: Provider = {
  id: ID,
  tier: "budget",
  label: "FLUX.1 schnell (Cloudflare Workers AI)",
  mediaTypes: ["image"],

  async isConfigured(ctx) {
    return binding(ctx.env) !== undefined;
  },

  estimate() {
    // The model answers 1024x1024 images whatever the request's size.
    return { costMicros: workersAiFluxMicros(1024, 1024, STEPS), timeMs: 2_500 };
  },

  async generate(req, ctx) {
    const ai = binding(ctx.env);
    if (!ai) throw providerError(ID, 502, "provider_failed", "Workers AI: no AI binding");
    const input: Record<string, unknown> = { prompt: req.description.slice(0, 2048), steps: STEPS };
    if (req.options.seed !== undefined) input.seed = req.options.seed;
    let out: unknown;
    try {
      out = await ai.run(MODEL, input, { signal: deadlineSignal(TIMEOUT_MS, ctx.signal) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const status = /capacity|overloaded|429|rate/i.test(message) ? 503 : 502;
      throw providerError(ID, status, status === 503 ? "provider_unavailable" : "provider_failed", `Workers AI failed: ${message.slice(0, 200)}`);
    }
    const b64 = (out as { image?: unknown } | null)?.image;
    if (typeof b64 !== "string" || !b64) throw providerError(ID, 502, "provider_bad_output", "Workers AI returned no image");
    let bytes: Uint8Array;
    try {
      bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    } catch {
      throw providerError(ID, 502, "provider_bad_output", "Workers AI returned an image that is not base64");
    }
    const image = sniffImage(bytes);
    if (!image?.width || !image.height) throw providerError(ID, 502, "provider_bad_output", `Workers AI returned ${bytes.byteLength} bytes that are not a complete image`);
    return { bytes, contentType: image.contentType, extension: image.extension, costMicros: workersAiFluxMicros(image.width, image.height, STEPS), model: MODEL };
  },
};
