// The one price table. Estimates, /status and the cost recorded for each generation all read it,
// so a price change is one edit here. Amounts are integer micro-dollars (1 USD = 1,000,000):
// fractions of a cent add up exactly, with no floating-point drift.

export const MICROS_PER_DOLLAR = 1_000_000;

export interface Price {
  /** What one unit of `micros` buys. */
  unit: "item" | "image" | "second" | "50 characters" | "neuron";
  micros: number;
}

export const PRICES = {
  // Our own procedural engine: free, always.
  procedural: { unit: "item", micros: 0 },
  // Hugging Face bills compute time x hardware: about 10 s of GPU at $0.00012/s per SDXL image.
  // Priced per image up to 1024x1024; larger images take proportionally more GPU time (see hfImageMicros).
  "stabilityai/stable-diffusion-xl-base-1.0": { unit: "image", micros: 1_200 },
  // Another HF_MODEL without a row of its own: assume the same GPU time as SDXL.
  "hf-inference/other": { unit: "image", micros: 1_200 },
  // Workers AI bills neurons: $0.011 per 1,000. FLUX.1 [schnell] uses 4.8 per 512x512 tile and 9.6 per step
  // (a 1024x1024 image at 4 steps is about $0.0006).
  "workers-ai/neuron": { unit: "neuron", micros: 11 },
  // Runway: 1 credit = $0.01.
  "runway/gen4_image@720p": { unit: "image", micros: 50_000 },
  "runway/gen4_image@1080p": { unit: "image", micros: 80_000 },
  "runway/gen4.5": { unit: "second", micros: 120_000 },
  "runway/eleven_multilingual_v2": { unit: "50 characters", micros: 10_000 },
  // Sound effects are 1-2 credits: we record the upper bound.
  "runway/eleven_text_to_sound_v2": { unit: "item", micros: 20_000 },
} as const satisfies Record<string, Price>;

export type PriceKey = keyof typeof PRICES;

/** Cost of `quantity` units (images, seconds, ...), rounded up to a whole micro-dollar. */
export function priceMicros(key: PriceKey, quantity = 1): number {
  return Math.ceil(PRICES[key].micros * quantity);
}

export function toDollars(micros: number): number {
  return micros / MICROS_PER_DOLLAR;
}

/** Pixels in the image a per-image price covers; larger images are charged pro rata. */
const BASE_IMAGE_PIXELS = 1024 * 1024;

/** A Hugging Face image of the size actually returned (read from its header, not from what was asked). */
export function hfImageMicros(model: string, width: number, height: number): number {
  const key: PriceKey = model in PRICES ? (model as PriceKey) : "hf-inference/other";
  return priceMicros(key, Math.max(1, (width * height) / BASE_IMAGE_PIXELS));
}

/** Runway gen4_image: 1080p-class ratios (short side 1080 or more) cost 8 credits, the 720p class (1024:1024 included) 5. */
export function runwayImageMicros(width: number, height: number): number {
  return priceMicros(Math.min(width, height) >= 1080 ? "runway/gen4_image@1080p" : "runway/gen4_image@720p");
}

/** Runway gen4.5 video, per second generated. */
export function runwayVideoMicros(seconds: number): number {
  return priceMicros("runway/gen4.5", seconds);
}

/** Runway text-to-speech: 1 credit per started block of 50 characters spoken. */
export function runwaySpeechMicros(characters: number): number {
  return priceMicros("runway/eleven_multilingual_v2", Math.max(1, Math.ceil(characters / 50)));
}

/** Workers AI flux-1-schnell: per 512x512 tile of the image returned, plus per diffusion step. */
export function workersAiFluxMicros(width: number, height: number, steps: number): number {
  const tiles = Math.ceil(width / 512) * Math.ceil(height / 512);
  return priceMicros("workers-ai/neuron", 4.8 * tiles + 9.6 * steps);
}
