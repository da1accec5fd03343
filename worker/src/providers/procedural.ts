import type { EngineOptions } from "@edge-media/engine";
import { ENGINE_MEDIA_TYPES } from "@edge-media/engine/media";
import { priceMicros } from "../pricing";
import { providerError } from "./http";
import type { MediaRequest, Provider } from "./provider";

// The engine runs as its own Worker (packages/engine/worker.ts), called over RPC through the ENGINE service
// binding: it is about a third of what this worker's bundle would be, and most requests (status, history, files,
// paid tiers) never need it. It loads its subject artwork from its own static assets.

const ID = "procedural";
const NAME = "The procedural engine";

/** The options the engine reads: the API's others (negative_prompt) mean nothing to it, and its RPC input refuses them. */
function engineOptions(options: MediaRequest["options"]): EngineOptions {
  const { width, height, seed, duration_s } = options;
  return Object.fromEntries(Object.entries({ width, height, seed, duration_s }).filter(([, v]) => v !== undefined));
}

/** The free tier: our own procedural engine (its own Worker), offline and instant. */
export const procedural: Provider = {
  id: ID,
  tier: "free",
  label: "Procedural engine (SVG images, animated SVG, synthesized audio)",
  mediaTypes: ENGINE_MEDIA_TYPES,
  isConfigured: async () => true,
  // Measured (npm run bench): images and video well under 1 ms; audio 1-2 ms of CPU per second of sound (the
  // estimate keeps headroom for a loaded isolate and the first call, which also starts the engine Worker).
  estimate: (req) => ({
    costMicros: priceMicros("procedural"),
    timeMs: req.media_type === "audio" ? Math.ceil(5 + 3.5 * (req.options.duration_s ?? 3)) : 5,
  }),
  async generate(req, ctx) {
    // The generated Env says the binding is there; a deployment (or test) without it must still answer plainly.
    const engine = (ctx.env as Partial<Env>).ENGINE;
    if (!engine) throw providerError(ID, 503, "provider_unavailable", `${NAME} is not bound to this worker (the ENGINE service binding is missing)`);
    let out;
    try {
      out = await engine.render({ description: req.description, media_type: req.media_type, options: engineOptions(req.options) });
    } catch (err) {
      throw providerError(ID, 502, "provider_failed", `${NAME} failed: ${(err instanceof Error ? err.message : String(err)).slice(0, 200)}`);
    }
    return {
      bytes: out.bytes,
      contentType: out.content_type,
      extension: out.extension,
      costMicros: priceMicros("procedural"),
      model: `procedural/${out.kind}`,
    };
  },
};
