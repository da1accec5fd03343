import { createRoute, z } from "@hono/zod-openapi";
import { jsonResponse } from "../openapi";
import type { Context } from "hono";
import { eq } from "drizzle-orm";
import { allowedTiers, owns } from "../auth/caller";
import { createRouter, type AppEnv } from "../context";
import { getDb } from "../db/drizzle";
import { generations, type GenerationRow } from "../db/schema";
import { ApiError, validationError } from "../errors";
import { toGeneration } from "../db/generations";
import type { ProviderContext } from "../providers/provider";
import { configured } from "../providers/registry";
import { requestKeys } from "../routes/generate";
import { TIERS, type Generation, type JobView, type Tier } from "../schemas";
import { fileOf, generateNative, getJobNative, waitForResult, type Dispatch, type Generated } from "./dispatch";
import { invalidParam } from "./errors";
import {
  ImageRequestSchema,
  ImagesResponseSchema,
  ModelListSchema,
  MODELS,
  OpenAIErrorSchema,
  SpeechRequestSchema,
  VideoContentQuery,
  VideoIdParams,
  VideoRequestSchema,
  VideoSchema,
  type Model,
} from "./schemas";

// OpenAI-compatible endpoints under /v1: point an OpenAI client's baseURL at <this host>/v1 and its apiKey at a
// client key. `model` names the tier. Each route translates to the native API and back (see dispatch.ts).

const SECURITY: Record<string, string[]>[] = [{ clientKey: [] }, { adminToken: [] }];
const oaError = (description: string) => jsonResponse(OpenAIErrorSchema, description);
const commonErrors = {
  400: oaError("Invalid request: unknown model, bad size, n, prompt... (OpenAI's error shape, `param` names the field)"),
  401: oaError("Unknown, malformed, revoked or expired bearer"),
  429: oaError("Rate limited (see Retry-After)"),
} as const;
const generationErrors = {
  ...commonErrors,
  402: oaError("Budget, credits or the monthly spend limit exhausted; nothing was charged"),
  403: oaError("This key may not use that tier"),
  409: oaError("That tier is not configured here"),
  422: oaError("That tier cannot make this media type"),
  502: oaError("The provider failed; nothing was charged"),
  503: oaError("The provider is overloaded or rate limited (see Retry-After); nothing was charged"),
  504: oaError("The provider did not answer in time"),
} as const;

/** Tiers whose provider can speak words (Runway's text to speech); the free engine synthesizes sound, not speech. */
const SPEAKING_TIERS: readonly Tier[] = ["premium"];

function tierOf(model: string | null | undefined): Model {
  const m = model?.trim() || "auto";
  if ((MODELS as readonly string[]).includes(m)) return m as Model;
  throw new ApiError(400, "model_not_found", `The model '${m}' does not exist here. Models are this API's tiers: ${MODELS.join(", ")} (GET /v1/models lists what is available now).`, {
    param: "model",
  });
}

function sizeOf(size: string | null | undefined): { width?: number; height?: number } {
  if (!size || size === "auto") return {};
  const m = /^(\d{2,4})x(\d{2,4})$/.exec(size);
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || w < 64 || h < 64 || w > 4096 || h > 4096) throw invalidParam("size", `size must be WIDTHxHEIGHT with each side 64-4096 (e.g. 1024x1024), or auto; got '${size}'`);
  return { width: w, height: h };
}

function providerContext(c: Context<AppEnv>): ProviderContext {
  return { env: c.env, fetch: (input, init) => fetch(input, init), byok: requestKeys(c) };
}

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let s = "";
  for (let i = 0; i < view.length; i += 0x8000) s += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(s);
}

function extra(g: Generation) {
  return { id: g.id, tier: g.tier, provider: g.provider, cost: g.cost, cached: g.cached, content_type: g.content_type, url: g.url };
}

// ---- images -------------------------------------------------------------------------------------------------

const imagesRoute = createRoute({
  method: "post",
  path: "/images/generations",
  operationId: "createImage",
  summary: "OpenAI-compatible image generation (model = tier)",
  description: "n images are n generations (seeds 1..n when n > 1), each in history and usage. An Idempotency-Key applies per image.",
  security: SECURITY,
  request: { body: { required: true, content: { "application/json": { schema: ImageRequestSchema } } } },
  responses: { 200: { description: "The images", content: { "application/json": { schema: ImagesResponseSchema } } }, ...generationErrors },
});

// ---- speech -------------------------------------------------------------------------------------------------

const speechRoute = createRoute({
  method: "post",
  path: "/audio/speech",
  operationId: "createSpeech",
  summary: "OpenAI-compatible text to speech: answers the audio bytes",
  description: "Only tiers that can speak words serve this (premium). model free gets a 400; auto uses premium when configured, else the same 400.",
  security: SECURITY,
  request: { body: { required: true, content: { "application/json": { schema: SpeechRequestSchema } } } },
  responses: {
    200: { description: "The audio", content: { "audio/wav": { schema: z.string().openapi({ format: "binary" }) }, "audio/mpeg": { schema: z.string().openapi({ format: "binary" }) } } },
    ...generationErrors,
  },
});

// ---- videos -------------------------------------------------------------------------------------------------

const createVideoRoute = createRoute({
  method: "post",
  path: "/videos",
  operationId: "createVideo",
  summary: "OpenAI-compatible video job (model = tier); poll GET /v1/videos/{id}",
  security: SECURITY,
  // Not required at the validator level: OpenAI's SDK sends multipart, others JSON; each validator runs for its own type.
  request: {
    body: {
      required: false,
      content: { "multipart/form-data": { schema: VideoRequestSchema }, "application/json": { schema: VideoRequestSchema } },
    },
  },
  responses: { 200: { description: "The video job", content: { "application/json": { schema: VideoSchema } } }, ...generationErrors },
});

const getVideoRoute = createRoute({
  method: "get",
  path: "/videos/{id}",
  operationId: "getVideo",
  summary: "A video job's status and progress (0-100)",
  security: SECURITY,
  request: { params: VideoIdParams },
  responses: {
    200: { description: "The video job", content: { "application/json": { schema: VideoSchema } } },
    ...commonErrors,
    404: oaError("No such video (or not yours)"),
  },
});

const videoContentRoute = createRoute({
  method: "get",
  path: "/videos/{id}/content",
  operationId: "getVideoContent",
  summary: "The finished video's bytes",
  security: SECURITY,
  request: { params: VideoIdParams, query: VideoContentQuery },
  responses: {
    200: { description: "The video", content: { "video/mp4": { schema: z.string().openapi({ format: "binary" }) }, "video/webm": { schema: z.string().openapi({ format: "binary" }) }, "image/svg+xml": { schema: z.string() } } },
    ...commonErrors,
    404: oaError("No such video (or not yours)"),
    409: oaError("The video is not completed (yet)"),
  },
});

// ---- models -------------------------------------------------------------------------------------------------

const modelsRoute = createRoute({
  method: "get",
  path: "/models",
  operationId: "listModels",
  summary: "The tiers this deployment can serve right now (and this caller may use), as OpenAI models",
  security: SECURITY,
  responses: { 200: { description: "The models", content: { "application/json": { schema: ModelListSchema } } }, 401: commonErrors[401], 429: commonErrors[429] },
});

type VideoMeta = { prompt: string | null; seconds: string | null; size: string | null };
const STATUS: Record<JobView["status"], "queued" | "in_progress" | "completed" | "failed"> = {
  pending: "queued",
  running: "in_progress",
  succeeded: "completed",
  failed: "failed",
  cancelled: "failed",
};

function videoFromGeneration(g: Generation, meta: VideoMeta) {
  const created = Math.floor(Date.parse(g.timestamp) / 1000);
  return {
    id: g.id,
    object: "video" as const,
    model: g.tier,
    status: "completed" as const,
    progress: 100,
    created_at: created,
    completed_at: created + Math.ceil(g.time_ms / 1000),
    expires_at: null,
    ...meta,
    remixed_from_video_id: null,
    error: null,
    edge_media: { tier: g.tier, provider: g.provider, cost: g.cost, url: g.url, poll_url: null },
  };
}

function videoFromJob(job: JobView, createdAt: number, meta: VideoMeta) {
  if (job.status === "succeeded") return videoFromGeneration(job as unknown as Generation, meta);
  return {
    id: job.id,
    object: "video" as const,
    model: job.tier,
    status: STATUS[job.status],
    progress: Math.round(job.progress * 100),
    created_at: Math.floor(createdAt / 1000),
    completed_at: null,
    expires_at: null,
    ...meta,
    remixed_from_video_id: null,
    error: job.error ? { code: job.error.code, message: job.error.message } : null,
    edge_media: { tier: job.tier, provider: job.provider, cost: null, url: null, poll_url: job.poll_url },
  };
}

function videoFrom(made: Generated, meta: VideoMeta) {
  return made.kind === "done" ? videoFromGeneration(made.generation, meta) : videoFromJob(made.job, Date.now(), meta);
}

/** The caller's own video generation, or a 404 that looks the same whether it is missing or someone else's. */
async function ownVideo(c: Context<AppEnv>, id: string): Promise<GenerationRow> {
  const [row] = await getDb(c.env.DB).select().from(generations).where(eq(generations.id, id)).limit(1);
  if (!row || row.mediaType !== "video" || !owns(c.get("caller"), row.clientId)) throw new ApiError(404, "not_found", `No video ${id}`, { param: "id" });
  return row;
}

function secondsOf(seconds: string | number | null | undefined): number | undefined {
  if (seconds === null || seconds === undefined || seconds === "") return undefined;
  const n = Number(seconds);
  if (!Number.isInteger(n) || n < 1 || n > 30) throw invalidParam("seconds", `seconds must be a whole number of seconds, 1-30 (e.g. "4", "8", "12"); got '${seconds}'`);
  return n;
}

export function openAiRoutes(dispatch: Dispatch) {
  return createRouter()
    .openapi(imagesRoute, async (c) => {
      const body = c.req.valid("json");
      const tier = tierOf(body.model);
      const n = body.n ?? 1;
      const dims = sizeOf(body.size);
      const idempotencyKey = c.req.header("Idempotency-Key");
      const data = [];
      // One at a time: each is a full generation (limits, budget, history); the first failure answers.
      for (let i = 0; i < n; i++) {
        const options = { ...dims, ...(n > 1 ? { seed: i + 1 } : {}) };
        const headers = idempotencyKey && n > 1 ? { "Idempotency-Key": `${idempotencyKey}#${i + 1}` } : undefined;
        const made = await generateNative(c, dispatch, { description: body.prompt, media_type: "image", tier, options }, headers);
        const g = await waitForResult(c, dispatch, made);
        const image = body.response_format === "b64_json" ? { b64_json: base64(await (await fileOf(c.env, g)).arrayBuffer()) } : { url: g.url };
        data.push({ ...image, edge_media: extra(g) });
      }
      return c.json({ created: Math.floor(Date.now() / 1000), data }, 200);
    })
    .openapi(speechRoute, async (c) => {
      const body = c.req.valid("json");
      const model = tierOf(body.model);
      if (model !== "auto" && !SPEAKING_TIERS.includes(model)) {
        throw new ApiError(
          400,
          "model_cannot_speak",
          model === "free"
            ? "The free tier cannot speak words: its procedural engine synthesizes sounds and tones, not speech. Use model premium, or auto with the premium tier configured."
            : `The ${model} tier cannot speak words. Use model premium, or auto with the premium tier configured.`,
          { param: "model" },
        );
      }
      const format = body.response_format ?? null;
      if (format !== null && format !== "wav" && format !== "mp3") throw invalidParam("response_format", `response_format must be wav or mp3 here; got '${format}'`);
      let tier: Tier | undefined = model === "auto" ? undefined : (model as Tier);
      if (!tier) {
        const allowed = allowedTiers(c.get("caller"), c.env);
        for (const t of SPEAKING_TIERS) if (allowed.includes(t) && (await configured(t, providerContext(c)))) tier = t;
        if (!tier) {
          throw new ApiError(400, "model_cannot_speak", "No tier that can speak words is configured here: the free engine cannot speak, and premium (Runway) has no key. Configure premium or send X-Runway-Key.", {
            param: "model",
          });
        }
      }
      // Quoted, the whole input is what the speaking tier reads aloud (see the Runway provider's speechText).
      const description = `"${body.input.replace(/["“”]/g, "'")}"`;
      const g = await waitForResult(c, dispatch, await generateNative(c, dispatch, { description, media_type: "audio", tier }));
      const file = await fileOf(c.env, g);
      // Never relabelled: Content-Type is what the tier actually made (documented for response_format).
      return new Response(file.body, {
        status: 200,
        headers: { "Content-Type": g.content_type, "Content-Length": String(file.size), "X-Edge-Media-Id": g.id, "X-Edge-Media-Cost": String(g.cost) },
      }) as never;
    })
    .openapi(createVideoRoute, async (c) => {
      const isForm = /multipart\/form-data|application\/x-www-form-urlencoded/i.test(c.req.header("Content-Type") ?? "");
      const parsed = VideoRequestSchema.safeParse(isForm ? c.req.valid("form") : c.req.valid("json"));
      if (!parsed.success) throw validationError(parsed.error);
      const body = parsed.data;
      const tier = tierOf(body.model);
      if (body.input_reference !== undefined && body.input_reference !== null && body.input_reference !== "") {
        throw invalidParam("input_reference", "input_reference is not supported here: videos are made from the prompt alone", "unsupported_parameter");
      }
      const seconds = secondsOf(body.seconds);
      const dims = sizeOf(body.size);
      const options = { ...dims, ...(seconds === undefined ? {} : { duration_s: seconds }) };
      const made = await generateNative(c, dispatch, { description: body.prompt, media_type: "video", tier, options });
      return c.json(videoFrom(made, { prompt: body.prompt, seconds: seconds === undefined ? null : String(seconds), size: body.size ?? null }), 200);
    })
    .openapi(getVideoRoute, async (c) => {
      const { id } = c.req.valid("param");
      const row = await ownVideo(c, id);
      const meta = { prompt: row.description, seconds: null, size: null };
      if (row.status === "succeeded") return c.json(videoFromGeneration(toGeneration(row, c.req.url), meta), 200);
      return c.json(videoFromJob(await getJobNative(c, dispatch, id), row.createdAt, meta), 200);
    })
    .openapi(videoContentRoute, async (c) => {
      const { id } = c.req.valid("param");
      const { variant } = c.req.valid("query");
      if (variant !== undefined && variant !== "video") throw invalidParam("variant", `variant must be video here (no ${variant} is made)`);
      const row = await ownVideo(c, id);
      if (row.status !== "succeeded") throw new ApiError(409, "video_not_ready", `Video ${id} is not completed (it is ${row.status === "pending" ? "still running" : row.status})`, { param: "id" });
      const file = await fileOf(c.env, toGeneration(row, c.req.url));
      return new Response(file.body, { status: 200, headers: { "Content-Type": row.contentType ?? "application/octet-stream", "Content-Length": String(file.size) } }) as never;
    })
    .openapi(modelsRoute, async (c) => {
      const ctx = providerContext(c);
      const allowed = allowedTiers(c.get("caller"), c.env);
      const tiers = TIERS.filter((tier) => allowed.includes(tier));
      const served = (await Promise.all(tiers.map(async (tier) => ({ tier, provider: await configured(tier, ctx) })))).filter((t) => t.provider);
      const model = (id: string, mediaTypes: readonly string[]) => ({ id, object: "model" as const, created: 0, owned_by: "edge-media", media_types: [...mediaTypes] });
      const all = [...new Set(served.flatMap((t) => t.provider!.mediaTypes))];
      return c.json({ object: "list" as const, data: [model("auto", all), ...served.map((t) => model(t.tier, t.provider!.mediaTypes))] }, 200);
    });
}
