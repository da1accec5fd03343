import { ENGINE_MEDIA_TYPES, render } from "@edge-media/engine";
import { priceMicros } from "../pricing";
import type { Provider } from "./provider";

/** The free tier: our own procedural engine, computed in the worker, offline and instant. */
export const procedural: Provider = {
  id: "procedural",
  tier: "free",
  label: "Procedural engine (SVG images, animated SVG, synthesized audio)",
  mediaTypes: ENGINE_MEDIA_TYPES,
  isConfigured: async () => true,
  // Measured (npm run bench): images and video well under 1 ms; audio about 3.5 ms per second of sound.
  estimate: (req) => ({
    costMicros: priceMicros("procedural"),
    timeMs: req.media_type === "audio" ? Math.ceil(5 + 3.5 * (req.options.duration_s ?? 3)) : 5,
  }),
  async generate(req) {
    const out = render({ description: req.description, media_type: req.media_type, options: req.options });
    return {
      bytes: out.bytes,
      contentType: out.content_type,
      extension: out.extension,
      costMicros: priceMicros("procedural"),
      model: `procedural/${out.kind}`,
    };
  },
};
