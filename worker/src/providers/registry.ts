import { ApiError } from "../errors";
import { priceMicros } from "../pricing";
import { TIERS, type MediaType, type RequestedTier, type Tier } from "../schemas";
import { huggingface } from "./huggingface";
import { procedural } from "./procedural";
import type { Provider, ProviderContext } from "./provider";
import { runway } from "./runway";
import { workersAi } from "./workers-ai";

/**
 * Which provider serves each tier. A tier without one (yet) is simply "not configured".
 * The paid tiers plug in here; nothing else needs to know they exist.
 */
export const PROVIDERS: Record<Tier, Provider | undefined> = {
  free: procedural,
  budget: huggingface,
  premium: runway,
};

/**
 * Providers that serve a tier when its main one is not configured, in order. Workers AI needs no key, only an
 * `[ai]` binding in wrangler.toml (absent by default: it cannot run offline), so a configured Hugging Face key wins.
 */
export const ALTERNATES: Record<Tier, Provider[]> = { free: [], budget: [workersAi], premium: [] };

/** The provider a background job was started with, by id (jobs outlive the request that chose it). */
export function providerById(id: string): Provider | undefined {
  return [...Object.values(PROVIDERS), ...Object.values(ALTERNATES).flat()].find((p) => p?.id === id);
}

/** What each tier is, for /status and error messages, whether or not its provider is configured. */
export const TIER_INFO: Record<Tier, { provider: string; setup: string; imageCostMicros: number }> = {
  free: { provider: procedural.label, setup: "always available", imageCostMicros: priceMicros("procedural") },
  budget: {
    provider: "Stable Diffusion (Hugging Face)",
    setup: "configure a Hugging Face key (POST /api/media/configure, the STABLE_DIFFUSION_KEY secret, or an X-HF-Key header)",
    imageCostMicros: priceMicros("stabilityai/stable-diffusion-xl-base-1.0"),
  },
  premium: { provider: "Runway", setup: "configure a Runway key (POST /api/media/configure, the RUNWAY_API_KEY secret, or an X-Runway-Key header)", imageCostMicros: priceMicros("runway/gen4_image@720p") },
};

/** auto prefers quality at low cost: budget, then premium, then free (which is always there). */
const AUTO_ORDER: readonly Tier[] = ["budget", "premium", "free"];

/** The provider that serves `tier` for this request: its main one if configured, else the first configured alternate. */
export async function configured(tier: Tier, ctx: ProviderContext): Promise<Provider | undefined> {
  for (const provider of [PROVIDERS[tier], ...ALTERNATES[tier]]) {
    if (provider && (await provider.isConfigured(ctx))) return provider;
  }
  return undefined;
}

/**
 * The providers to try, in order, for a request. An explicit tier yields exactly one (or a clear 4xx);
 * auto yields every configured tier able to make the media type, best first, for fallback.
 */
export async function candidates(tier: RequestedTier, mediaType: MediaType, ctx: ProviderContext, allowed: readonly Tier[] = AUTO_ORDER): Promise<Provider[]> {
  if (allowed.length === 0) throw new ApiError(403, "tier_not_allowed", "This caller may not use any tier: send a client key (Authorization: Bearer emk_...).");
  if (tier !== "auto" && !allowed.includes(tier)) {
    throw new ApiError(403, "tier_not_allowed", `This caller may not use the ${tier} tier; allowed: ${TIERS.filter((t) => allowed.includes(t)).join(", ")}.`, { allowed_tiers: TIERS.filter((t) => allowed.includes(t)) });
  }
  if (tier !== "auto") {
    const provider = await configured(tier, ctx);
    if (!provider) {
      throw new ApiError(409, "tier_not_configured", `The ${tier} tier (${TIER_INFO[tier].provider}) is not configured: ${TIER_INFO[tier].setup}, or use tier "free" or "auto".`);
    }
    if (!provider.mediaTypes.includes(mediaType)) {
      throw new ApiError(422, "unsupported_media_type", `The ${tier} tier cannot make ${mediaType}; it supports: ${provider.mediaTypes.join(", ")}.`, {
        supported: provider.mediaTypes,
      });
    }
    return [provider];
  }
  const available = (await Promise.all(AUTO_ORDER.filter((t) => allowed.includes(t)).map((t) => configured(t, ctx)))).filter((p): p is Provider => p !== undefined);
  const able = available.filter((p) => p.mediaTypes.includes(mediaType));
  if (able.length === 0) {
    const supported = [...new Set(available.flatMap((p) => p.mediaTypes))];
    throw new ApiError(422, "unsupported_media_type", `No configured tier can make ${mediaType}; supported now: ${supported.join(", ")}.`, { supported });
  }
  return able;
}
