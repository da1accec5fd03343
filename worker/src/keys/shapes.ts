// The paid providers a key can be kept for: which tier each serves, the request header that carries a caller's own
// key, and what a well-formed key looks like. No dependencies: the web UI imports this file to check keys with the
// same rules and send them under the same headers.

export const KEY_PROVIDERS = ["stable_diffusion", "runway"] as const;
export type KeyProvider = (typeof KEY_PROVIDERS)[number];

export const KEY_SHAPES: Record<KeyProvider, { tier: "budget" | "premium"; header: string; shape: RegExp; shapeText: string }> = {
  stable_diffusion: { tier: "budget", header: "X-HF-Key", shape: /^hf_[A-Za-z0-9]{20,200}$/, shapeText: '"hf_" followed by letters and digits' },
  runway: { tier: "premium", header: "X-Runway-Key", shape: /^key_[0-9a-fA-F]{128}$/, shapeText: '"key_" followed by 128 hex digits' },
};
