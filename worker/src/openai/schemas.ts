import { z } from "@hono/zod-openapi";

// Request and response shapes of the OpenAI-compatible endpoints: OpenAI's field names, our tiers as models.
// Unknown request fields are ignored (as OpenAI's SDKs send some we have no use for); known ones are checked.

export const MODELS = ["auto", "free", "budget", "premium"] as const;
export type Model = (typeof MODELS)[number];

const model = z.string().nullish().openapi({ description: "The tier: auto (default), free, budget or premium", example: "auto" });
const size = z.string().nullish().openapi({ description: "WIDTHxHEIGHT (64-4096 each), or auto", example: "1024x1024" });

export const ImageRequestSchema = z
  .object({
    prompt: z.string({ error: "prompt must be a string" }).trim().min(1, { error: "prompt must be 1-2000 characters" }).max(2000, { error: "prompt must be 1-2000 characters" }),
    model,
    n: z.int({ error: "n must be an integer 1-4" }).min(1, { error: "n must be 1-4" }).max(4, { error: "n must be 1-4" }).nullish(),
    size,
    response_format: z.enum(["url", "b64_json"], { error: "response_format must be url or b64_json" }).nullish(),
  })
  .openapi("OpenAIImageRequest");

const EdgeMediaExtra = z
  .object({ id: z.string(), tier: z.string(), provider: z.string(), cost: z.number(), cached: z.boolean(), content_type: z.string(), url: z.string() })
  .openapi("OpenAIEdgeMediaExtra", { description: "Our own fields: which generation, tier and provider, and what it cost (US dollars)" });

export const ImagesResponseSchema = z
  .object({
    created: z.int(),
    data: z.array(z.object({ url: z.string().optional(), b64_json: z.string().optional(), edge_media: EdgeMediaExtra })),
  })
  .openapi("OpenAIImagesResponse");

export const SpeechRequestSchema = z
  .object({
    model,
    input: z.string({ error: "input must be a string" }).min(1, { error: "input must be 1-1000 characters" }).max(1000, { error: "input must be 1-1000 characters (the speaking tier's limit)" }),
    voice: z.string().nullish().openapi({ description: "Accepted for compatibility; the tier's own voice speaks" }),
    response_format: z.string().nullish().openapi({ description: "wav or mp3; omitted: whatever the tier makes (Content-Type says which)" }),
  })
  .openapi("OpenAISpeechRequest");

export const VideoRequestSchema = z
  .object({
    prompt: z.string({ error: "prompt must be a string" }).trim().min(1, { error: "prompt must be 1-2000 characters" }).max(2000, { error: "prompt must be 1-2000 characters" }),
    model,
    seconds: z.string().nullish().openapi({ description: "Whole seconds, 1-30 (OpenAI offers 4, 8, 12)", example: "4" }),
    size,
    input_reference: z.unknown().optional().openapi({ description: "Not supported here (400)" }),
  })
  .openapi("OpenAIVideoRequest");

export const VideoSchema = z
  .object({
    id: z.string(),
    object: z.literal("video"),
    model: z.string(),
    status: z.enum(["queued", "in_progress", "completed", "failed"]),
    progress: z.int().min(0).max(100),
    created_at: z.int(),
    completed_at: z.int().nullable(),
    expires_at: z.int().nullable(),
    prompt: z.string().nullable(),
    seconds: z.string().nullable(),
    size: z.string().nullable(),
    remixed_from_video_id: z.null(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    edge_media: z.object({ tier: z.string(), provider: z.string(), cost: z.number().nullable(), url: z.string().nullable(), poll_url: z.string().nullable() }),
  })
  .openapi("OpenAIVideo");

export const ModelListSchema = z
  .object({
    object: z.literal("list"),
    data: z.array(z.object({ id: z.string(), object: z.literal("model"), created: z.int(), owned_by: z.string(), media_types: z.array(z.string()) })),
  })
  .openapi("OpenAIModelList");

export const OpenAIErrorSchema = z
  .object({ error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string().nullable() }) })
  .openapi("OpenAIError");

export const VideoIdParams = z.object({ id: z.uuid({ error: "not a video id" }) });
export const VideoContentQuery = z.object({ variant: z.string().optional().openapi({ description: "video (the only one here)" }) });
