import { KEY_SHAPES } from "../../../worker/src/keys/shapes";
import type { PaidProvider, Tier } from "./types";

/**
 * What the setup page says about each paid provider: where to get a key and what a key looks like. The tier, the
 * key's shape and its header come from the worker's own rules (worker/src/keys/shapes.ts).
 */
export interface ProviderInfo {
  id: PaidProvider;
  tier: Exclude<Tier, "free">;
  name: string;
  makes: string;
  keyUrl: string;
  keyUrlLabel: string;
  steps: string;
  shape: RegExp;
  shapeText: string;
  placeholder: string;
}

export const PAID_PROVIDERS: readonly ProviderInfo[] = [
  {
    id: "stable_diffusion",
    tier: KEY_SHAPES.stable_diffusion.tier,
    name: "Hugging Face (Stable Diffusion)",
    makes: "Images",
    keyUrl: "https://huggingface.co/settings/tokens",
    keyUrlLabel: "Get a free Hugging Face token",
    steps: "Create a free account, then a token with the “Make calls to Inference Providers” permission.",
    shape: KEY_SHAPES.stable_diffusion.shape,
    shapeText: `A Hugging Face token is ${KEY_SHAPES.stable_diffusion.shapeText}.`,
    placeholder: "hf_…",
  },
  {
    id: "runway",
    tier: KEY_SHAPES.runway.tier,
    name: "Runway",
    makes: "Images, video, speech and sound effects",
    keyUrl: "https://dev.runwayml.com/",
    keyUrlLabel: "Get a Runway API key",
    steps: "Sign up on the Runway developer portal, add credits, then create an API key.",
    shape: KEY_SHAPES.runway.shape,
    shapeText: `A Runway key is ${KEY_SHAPES.runway.shapeText}.`,
    placeholder: "key_…",
  },
];

/** What people call each provider (the API names them by id). Unknown ids are shown as they are. */
const PROVIDER_NAMES: Record<string, string> = {
  procedural: "Built-in engine",
  workers_ai: "FLUX.1 schnell (Cloudflare Workers AI)",
  ...Object.fromEntries(PAID_PROVIDERS.map((p) => [p.id, p.name])),
};
export const providerName = (id: string): string => PROVIDER_NAMES[id] ?? id;

/** Checked in the browser before anything is sent (the server checks again). */
export function keyShapeProblem(provider: ProviderInfo, key: string): string | null {
  const k = key.trim();
  if (!k) return "Paste a key first.";
  return provider.shape.test(k) ? null : provider.shapeText;
}
