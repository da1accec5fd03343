// The free engine as a Worker of its own, reached only from the API worker through a service binding (RPC):
// `env.ENGINE.render(input)` in worker/src/providers/procedural.ts. The engine is about a third of what the API
// worker would otherwise bundle; here it loads in its own isolate, so the API worker's upload and every API
// isolate's startup carry none of it, and the subject artwork is this Worker's static assets.
import { WorkerEntrypoint } from "cloudflare:workers";
import { artworkNeeded, render, type ArtworkLookup, type EngineRequest } from "./src/index";
import { engineInput } from "./worker-input";

/** This Worker's bindings (packages/engine/wrangler.toml). */
export interface EngineEnv {
  /** The subject artwork (./artwork), read by name. */
  ASSETS: Fetcher;
}

/** What one render sends back over RPC: the file and what it is (Uint8Array travels as structured clone). */
export interface EngineOutput {
  bytes: Uint8Array;
  content_type: string;
  extension: string;
  kind: string;
}

export class Engine extends WorkerEntrypoint<EngineEnv> {
  /** Draws (or synthesizes) one request. Throws on input that does not pass `engineInput`. */
  async render(input: unknown): Promise<EngineOutput> {
    const req = engineInput(input);
    const out = render(req, { artwork: await loadArtwork(req, this.env.ASSETS) });
    return { bytes: out.bytes, content_type: out.content_type, extension: out.extension, kind: out.kind };
  }
}

// Artwork files by name, kept for the isolate's life: ~290 small files at most (about 400 KB), read once each.
const artworkCache = new Map<string, string | undefined>();

/**
 * The engine is synchronous and never does I/O: fetch the subject artwork this request needs from the static
 * assets first (in parallel, cached), then hand render() a plain lookup. A missing or failing asset only means
 * that subject is left out of the picture.
 */
export async function loadArtwork(req: EngineRequest, assets: Fetcher | undefined): Promise<ArtworkLookup> {
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

// No public surface: workers_dev is off and nothing routes here, but answer a stray request plainly all the same.
export default {
  fetch: () => Response.json({ error: { code: "not_found", message: "The engine Worker is reached only through its service binding." } }, { status: 404 }),
} satisfies ExportedHandler<EngineEnv>;
