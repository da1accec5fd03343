import { providerError } from "../http";
import { type MediaRequest } from "../provider";
import { deadlineSignal } from "../timing";

// Workers AI through the `AI` binding: FLUX.1 [schnell] in 4 steps. The call and the reading of its answer, in
// our error terms.

export const ID = "workers_ai";
export const MODEL = "@cf/black-forest-labs/flux-1-schnell";
export const STEPS = 4;
const TIMEOUT_MS = 60_000;

/** Just what this provider calls on the `AI` binding (present only when wrangler.toml declares `[ai]`). */
export interface AiBinding {
  run(model: string, input: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
}

/** The generated Env lists only what wrangler.toml declares; `[ai]` is added at deploy time, so it may be absent. */
export function binding(env: Env & { AI?: AiBinding }): AiBinding | undefined {
  const ai = env.AI;
  return ai && typeof ai.run === "function" ? ai : undefined;
}

/** Runs the model and returns the image bytes it sent (base64 in its JSON answer), not yet checked. */
export async function runImage(ai: AiBinding, req: MediaRequest, signal?: AbortSignal): Promise<Uint8Array> {
  const input: Record<string, unknown> = { prompt: req.description.slice(0, 2048), steps: STEPS };
  if (req.options.seed !== undefined) input.seed = req.options.seed;
  let out: unknown;
  try {
    out = await ai.run(MODEL, input, { signal: deadlineSignal(TIMEOUT_MS, signal) });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const status = /capacity|overloaded|429|rate/i.test(message) ? 503 : 502;
    throw providerError(ID, status, status === 503 ? "provider_unavailable" : "provider_failed", `Workers AI failed: ${message.slice(0, 200)}`);
  }
  const b64 = (out as { image?: unknown } | null)?.image;
  if (typeof b64 !== "string" || !b64) throw providerError(ID, 502, "provider_bad_output", "Workers AI returned no image");
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    throw providerError(ID, 502, "provider_bad_output", "Workers AI returned an image that is not base64");
  }
}
