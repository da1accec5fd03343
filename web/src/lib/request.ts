import type { ApiError } from "./api";
import type { GenerateBody, GenerateOptions, MediaType, RequestedTier } from "./types";

export interface FormValues {
  description: string;
  mediaType: MediaType;
  tier: RequestedTier;
  /** "WxH" */
  size: string;
  /** null when the field is empty (the API then picks a length). */
  durationS: number | null;
  /** Empty for "let the server choose". */
  seed: string;
}

/** The generate/estimate body for what the form shows: only the options that fit the media type. */
export function buildBody(v: FormValues): GenerateBody {
  const options: GenerateOptions = {};
  if (v.mediaType !== "audio") {
    const m = /^(\d+)x(\d+)$/.exec(v.size);
    if (m) {
      options.width = Number(m[1]);
      options.height = Number(m[2]);
    }
  }
  if (v.mediaType !== "image" && typeof v.durationS === "number" && Number.isFinite(v.durationS) && v.durationS > 0) options.duration_s = v.durationS;
  const seed = v.seed.trim();
  if (/^\d+$/.test(seed)) options.seed = Number(seed);
  return { description: v.description.trim(), media_type: v.mediaType, tier: v.tier, options };
}

export interface FieldProblems {
  duration?: string;
  seed?: string;
}

const MAX_SEED = 4294967295;

/** What the form can tell before asking the API (the same limits the API checks), in the form's words. */
export function fieldProblems(v: Pick<FormValues, "mediaType" | "durationS" | "seed">): FieldProblems {
  const problems: FieldProblems = {};
  if (v.mediaType !== "image" && typeof v.durationS === "number") {
    const min = v.mediaType === "video" ? 1 : 0.5;
    if (!Number.isFinite(v.durationS)) problems.duration = "Length must be a number of seconds.";
    else if (v.durationS > 30) problems.duration = "Length can be at most 30 seconds.";
    else if (v.durationS < min) problems.duration = `Length must be at least ${min} ${min === 1 ? "second" : "seconds"} for ${v.mediaType}.`;
  }
  const seed = v.seed.trim();
  if (seed && !/^\d+$/.test(seed)) problems.seed = "Seed must be a whole number, or empty for a random one.";
  else if (seed && Number(seed) > MAX_SEED) problems.seed = "Seed can be at most 4,294,967,295.";
  return problems;
}

export type ErrorPlace = "description" | "media_type" | "tier" | "duration" | "seed" | "options" | "general";

/** Which form field an API error is about, so it can be shown next to it. */
export function errorPlace(error: ApiError): ErrorPlace {
  const field = error.field ?? "";
  if (field.startsWith("description")) return "description";
  if (field === "options.duration_s") return "duration";
  if (field === "options.seed") return "seed";
  if (field.startsWith("options")) return "options";
  if (field === "media_type" || error.code === "unsupported_media_type") return "media_type";
  if (field === "tier" || error.code === "tier_not_configured") return "tier";
  return "general";
}

export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}
