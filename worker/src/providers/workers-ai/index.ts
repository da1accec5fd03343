import { workersAiFluxMicros } from "../../pricing";
import { providerError } from "../http";
import { sniffImage } from "../media-bytes";
import type { Provider } from "../provider";
import { binding, ID, MODEL, runImage, STEPS } from "./api";

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
    const bytes = await runImage(ai, req, ctx.signal);
    const image = sniffImage(bytes);
    if (!image?.width || !image.height) throw providerError(ID, 502, "provider_bad_output", `Workers AI returned ${bytes.byteLength} bytes that are not a complete image`);
    return { bytes, contentType: image.contentType, extension: image.extension, costMicros: workersAiFluxMicros(image.width, image.height, STEPS), model: MODEL };
  },
};
