import type { ApiError } from "./api";
import type { GenerateBody, GenerateOptions, MediaType, RequestedTier } from "./types";

export interface FormValues {
  description: string;
  mediaType: MediaType;
  tier: RequestedTier;
  /** "WxH" */
  size: string;
  durationS: number;
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
  if (v.mediaType !== "image" && Number.isFinite(v.durationS) && v.durationS > 0) options.duration_s = v.durationS;
  const seed = v.seed.trim();
  if (/^\d+$/.test(seed)) options.seed = Number(seed);
  return { description: v.description.trim(), media_type: v.mediaType, tier: v.tier, options };
}

export type ErrorPlace = "description" | "media_type" | "tier" | "options" | "general";

/** Which form field an API error is about, so it can be shown next to it. */
export function errorPlace(error: ApiError): ErrorPlace {
  const field = error.field ?? "";
  if (field.startsWith("description")) return "description";
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
