// What the engine makes, in a module of its own: the worker reads it at startup without loading the engine itself.
export type MediaType = "image" | "video" | "audio";
export const ENGINE_MEDIA_TYPES: readonly MediaType[] = ["image", "video", "audio"];

/**
 * The ranges of what the engine is asked for: one source for the API's request schema (worker/src/schemas.ts) and
 * the engine Worker's own check of its RPC input (packages/engine/worker-input.ts), so neither refuses what the
 * other accepts.
 */
export const INPUT_LIMITS = {
  descriptionChars: 2000,
  sizePx: { min: 64, max: 4096 },
  seed: { min: 0, max: 4294967295 },
  durationS: { min: 0.5, max: 30 },
} as const;
