import type { PaidProvider, Tier } from "./types";

/** What the setup page says about each paid provider: where to get a key and what a key looks like. */
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
    tier: "budget",
    name: "Hugging Face (Stable Diffusion)",
    makes: "Images",
    keyUrl: "https://huggingface.co/settings/tokens",
    keyUrlLabel: "Get a free Hugging Face token",
    steps: "Create a free account, then a token with the “Make calls to Inference Providers” permission.",
    shape: /^hf_[A-Za-z0-9]{20,200}$/,
    shapeText: "A Hugging Face token starts with hf_ followed by letters and digits.",
    placeholder: "hf_…",
  },
  {
    id: "runway",
    tier: "premium",
    name: "Runway",
    makes: "Images, video, speech and sound effects",
    keyUrl: "https://dev.runwayml.com/",
    keyUrlLabel: "Get a Runway API key",
    steps: "Sign up on the Runway developer portal, add credits, then create an API key.",
    shape: /^key_[0-9a-fA-F]{128}$/,
    shapeText: "A Runway key starts with key_ followed by 128 hex digits.",
    placeholder: "key_…",
  },
];

/** Checked in the browser before anything is sent (the server checks again). */
export function keyShapeProblem(provider: ProviderInfo, key: string): string | null {
  const k = key.trim();
  if (!k) return "Paste a key first.";
  return provider.shape.test(k) ? null : provider.shapeText;
}
