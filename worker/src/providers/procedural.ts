import type { ArtworkLookup } from "@edge-media/engine";
import { ENGINE_MEDIA_TYPES } from "@edge-media/engine/media";
import { priceMicros } from "../pricing";
import type { MediaRequest, Provider, ProviderContext } from "./provider";

// The engine (about a third of the bundle) is loaded on the first free generation, not at isolate startup: most
// requests (status, history, files, paid tiers) never need it, and its tables are then built only when used.
let engine: Promise<typeof import("@edge-media/engine")> | undefined;
const loadEngine = () => (engine ??= import("@edge-media/engine"));

/** The free tier: our own procedural engine, computed in the worker, offline and instant. */
export const procedural: Provider = {
  id: "procedural",
  tier: "free",
  label: "Procedural engine (SVG images, animated SVG, synthesized audio)",
  mediaTypes: ENGINE_MEDIA_TYPES,
  isConfigured: async () => true,
  // Measured (npm run bench): images and video well under 1 ms; audio 1-2 ms of CPU per second of sound (the
  // estimate keeps headroom for a loaded isolate and the first call, which also loads the engine).
  estimate: (req) => ({
    costMicros: priceMicros("procedural"),
    timeMs: req.media_type === "audio" ? Math.ceil(5 + 3.5 * (req.options.duration_s ?? 3)) : 5,
  }),
  async generate(req, ctx) {
    const engineReq = { description: req.description, media_type: req.media_type, options: req.options };
    const { render } = await loadEngine();
    const out = render(engineReq, { artwork: await loadArtwork(engineReq, ctx) });
    return {
      bytes: out.bytes,
      contentType: out.content_type,
      extension: out.extension,
      costMicros: priceMicros("procedural"),
      model: `procedural/${out.kind}`,
    };
  },
};

// Artwork files by name, kept for the isolate's life: ~250 small files at most (about 400 KB), read once each.
const artworkCache = new Map<string, string | undefined>();

/**
 * The engine is synchronous and never does I/O: fetch the subject artwork this request needs from the static
 * assets first (in parallel, cached), then hand render() a plain lookup. A missing or failing asset only means
 * that subject is left out of the picture.
 */
export async function loadArtwork(req: Pick<MediaRequest, "description" | "media_type" | "options">, ctx: Pick<ProviderContext, "env">): Promise<ArtworkLookup> {
  const assets = ctx.env.ASSETS as Fetcher | undefined;
  const { artworkNeeded } = await loadEngine();
  const names = artworkNeeded(req).filter((name) => /^[a-z0-9-]+$/.test(name) && !artworkCache.has(name));
  if (assets && names.length) {
    await Promise.all(names.map(async (name) => {
      try {
        const res = await assets.fetch(`https://assets.local/${name}.svg`);
        artworkCache.set(name, res.ok ? await res.text() : undefined);
      } catch {
        // Not cached: a transient failure should not hide the subject on the next request.
      }
    }));
  }
  return (name) => artworkCache.get(name);
}
