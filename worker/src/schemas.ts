import { z } from "@hono/zod-openapi";
import { INPUT_LIMITS } from "@edge-media/engine/media";
import { KEY_PROVIDERS } from "./keys/shapes";

// The API contract. These schemas validate requests, shape responses and generate /api/openapi.json.

export const MEDIA_TYPES = ["image", "video", "audio"] as const;
export const TIERS = ["free", "budget", "premium"] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export type Tier = (typeof TIERS)[number];
export type RequestedTier = Tier | "auto";

const MediaTypeSchema = z.enum(MEDIA_TYPES).openapi({ example: "image" });
const TierSchema = z.enum(TIERS).openapi({ example: "free" });

const { sizePx: size, seed, durationS: duration, descriptionChars } = INPUT_LIMITS;

export const OptionsSchema = z
  .strictObject({
    width: z.int().min(size.min).max(size.max).optional().openapi({ description: `Width in pixels (${size.min}-${size.max})` }),
    height: z.int().min(size.min).max(size.max).optional().openapi({ description: `Height in pixels (${size.min}-${size.max})` }),
    seed: z.int().min(seed.min).max(seed.max).optional().openapi({ description: "Same seed, same result; change it for a variation" }),
    duration_s: z.number().min(duration.min).max(duration.max).optional().openapi({ description: `Seconds of video (1-${duration.max}) or audio (${duration.min}-${duration.max})` }),
    negative_prompt: z.string().max(1000).optional().openapi({ description: "What to avoid (diffusion models)" }),
  })
  .openapi("GenerateOptions");
export type GenerateOptions = z.infer<typeof OptionsSchema>;

const DESCRIPTION_RANGE = `description must be 1-${descriptionChars} characters`;

export const GenerateRequestSchema = z
  .strictObject({
    description: z
      .string({ error: "description must be a string" })
      .trim()
      .min(1, { error: DESCRIPTION_RANGE })
      .max(descriptionChars, { error: DESCRIPTION_RANGE })
      .openapi({ example: "A professional wireframe of a dashboard" }),
    media_type: MediaTypeSchema.default("image"),
    tier: z.enum(["auto", ...TIERS]).default("auto").openapi({ description: "auto picks the best configured tier" }),
    project_id: z.string().min(1).max(100).optional(),
    options: OptionsSchema.default({}),
    cache: z.boolean().default(true).openapi({ description: "false skips the prompt cache (as does Cache-Control: no-cache)" }),
    webhook_url: z
      .string({ error: "webhook_url must be a string" })
      .optional()
      .openapi({
        description:
          "If the generation answers 202, POST its final state here when it succeeds, fails or is cancelled, signed the Standard Webhooks way. " +
          "https only (http only to localhost while developing locally), no private addresses, at most 2000 characters.",
        example: "https://example.com/hooks/media",
      }),
  })
  .superRefine((req, ctx) => {
    if (req.media_type === "video" && req.options.duration_s !== undefined && req.options.duration_s < 1) {
      ctx.addIssue({ code: "custom", path: ["options", "duration_s"], message: "video duration_s must be 1-30 seconds" });
    }
  })
  .openapi("GenerateRequest");
export type GenerateRequest = z.infer<typeof GenerateRequestSchema>;

export const GenerationSchema = z
  .object({
    id: z.string(),
    url: z.url().openapi({ description: "Absolute URL of the stored file" }),
    media_type: MediaTypeSchema,
    tier: TierSchema,
    provider: z.string(),
    cost: z.number().openapi({ description: "US dollars actually charged (0 for free and cached results)" }),
    time_ms: z.int(),
    timestamp: z.iso.datetime(),
    cached: z.boolean(),
    content_type: z.string(),
    bytes: z.int(),
    description: z.string(),
    project_id: z.string().nullable(),
    fallback_reason: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "On generate with tier auto: why the better tiers before the one that served were skipped (null when none failed)" }),
  })
  .openapi("Generation");
export type Generation = z.infer<typeof GenerationSchema>;

export const EstimateSchema = z
  .object({
    tier: TierSchema,
    provider: z.string(),
    media_type: MediaTypeSchema,
    estimated_cost: z.number(),
    estimated_time_ms: z.int(),
    description: z.string(),
  })
  .openapi("Estimate");

const TierStatus = {
  enabled: z.boolean(),
  provider: z.string(),
  media_types: z.array(MediaTypeSchema),
};
const PaidTierStatus = {
  ...TierStatus,
  configured: z.boolean(),
  key_source: z.enum(["env", "stored", "none"]).openapi({ description: "Where the key comes from: a secret (env), POST /configure (stored, wins over env) or none" }),
  last_test: z
    .object({ ok: z.boolean(), message: z.string(), at: z.iso.datetime() })
    .nullable()
    .openapi({ description: "The last key test through POST /configure with test: true" }),
};
export const StatusSchema = z
  .object({
    free: z.object({ ...TierStatus, cost_per_image: z.number(), note: z.string() }),
    budget: z.object({ ...PaidTierStatus, cost_per_image: z.number() }),
    premium: z.object({ ...PaidTierStatus, cost_per_image_estimate: z.number() }),
  })
  .openapi("Status");

export const JOB_STATUSES = ["pending", "running", "succeeded", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JobSchema = z
  .object({
    id: z.string(),
    status: z.enum(JOB_STATUSES),
    progress: z.number().min(0).max(1),
    poll_url: z.url().openapi({ description: "GET it for progress; DELETE it to cancel" }),
    tier: TierSchema,
    provider: z.string(),
    media_type: MediaTypeSchema,
    error: z.object({ code: z.string(), message: z.string() }).optional().openapi({ description: "Why a failed or cancelled job ended" }),
    webhook: z
      .object({ status: z.enum(["waiting", "pending", "delivered", "failed"]), attempts: z.int(), last_error: z.string().nullable() })
      .optional()
      .openapi({ description: "With a webhook_url: waiting (job still running), pending (queued or retrying), delivered, or failed (gave up)" }),
  })
  .catchall(z.unknown())
  .openapi("Job", { description: "A generation still running at the provider. Once succeeded it also carries every Generation field." });
export type JobView = z.infer<typeof JobSchema>;

export const KEY_PROVIDER_NAMES = KEY_PROVIDERS;
export const ConfigureRequestSchema = z
  .strictObject({
    provider: z.enum(KEY_PROVIDER_NAMES).openapi({ description: "stable_diffusion (budget) or runway (premium)" }),
    api_key: z.string({ error: "api_key must be a string" }).trim().min(1, { error: "api_key is required" }).max(500),
    test: z.boolean().default(false).openapi({ description: "Check the key with the provider first and store it only if it works" }),
  })
  .openapi("ConfigureRequest");
export const ConfigureResponseSchema = z
  .object({ success: z.boolean(), provider: z.enum(KEY_PROVIDER_NAMES), message: z.string() })
  .openapi("ConfigureResponse");

export const HistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  tier: TierSchema.optional(),
  media_type: MediaTypeSchema.optional(),
  project_id: z.string().min(1).max(100).optional(),
  cursor: z.string().max(200).optional().openapi({ description: "next_cursor from the previous page" }),
  client: z.uuid({ error: "client: not a key id" }).optional().openapi({ description: "Admin only: one client key's generations (its id)" }),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

export const HistorySchema = z
  .object({
    count: z.int().openapi({ description: "Items on this page" }),
    items: z.array(GenerationSchema),
    next_cursor: z.string().nullable(),
  })
  .openapi("History");

const TierUsage = z.object({ count: z.int(), total_cost: z.number(), avg_time_ms: z.int() });
export const UsageQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30).openapi({ description: "Days of the daily series" }),
  client: z.uuid({ error: "client: not a key id" }).optional().openapi({ description: "Admin only: one client key's usage (its id)" }),
});
/** Spend against each budget that applies to the caller, this month, with what is held for work still running. */
export const SpendSchema = z
  .object({
    period: z.string().openapi({ example: "2026-12" }),
    global: z.object({ limit_usd: z.number().nullable(), spent_usd: z.number(), held_usd: z.number(), remaining_usd: z.number().nullable() }),
    key: z.object({ budget_usd: z.number().nullable(), spent_usd: z.number(), held_usd: z.number(), remaining_usd: z.number().nullable() }).nullable(),
    credits: z
      .object({ balance_usd: z.number(), held_usd: z.number(), available_usd: z.number() })
      .nullable()
      .openapi({ description: "Prepaid credits (null until the key first receives some)" }),
  })
  .openapi("Spend");
export type Spend = z.infer<typeof SpendSchema>;

export const UsageSchema = z
  .object({
    total_generated: z.int(),
    total_cost: z.number(),
    by_tier: z.object({ free: TierUsage, budget: TierUsage, premium: TierUsage }),
    last_generation: z.iso.datetime().nullable(),
    daily: z.array(z.object({ date: z.iso.date(), count: z.int(), total_cost: z.number() })),
    spend: SpendSchema.optional(),
  })
  .openapi("Usage");

export const ErrorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi("Error");

// Client API keys (/api/keys). Money is shown in dollars and kept in micro-dollars.

const KeyName = z.string({ error: "name must be a string" }).trim().min(1, { error: "name must be 1-100 characters" }).max(100, { error: "name must be 1-100 characters" });
const KeyTiers = z
  .array(TierSchema)
  .min(1, { error: "tiers must name at least one tier" })
  .refine((t) => new Set(t).size === t.length, { error: "tiers must not repeat a tier" })
  .openapi({ description: "Tiers the key may use", example: ["free", "budget"] });
const KeyRate = z
  .int({ error: "rate_limit_per_minute must be a whole number" })
  .min(1, { error: "rate_limit_per_minute must be 1-100000" })
  .max(100_000, { error: "rate_limit_per_minute must be 1-100000" })
  .nullable()
  .openapi({ description: "Generations per minute; null follows the server's RATE_LIMIT_PER_MINUTE" });
const KeyBudget = z
  .number({ error: "monthly_budget_usd must be a number" })
  .min(0, { error: "monthly_budget_usd must be 0 or more" })
  .max(1_000_000, { error: "monthly_budget_usd must be at most 1000000" })
  .nullable()
  .openapi({ description: "Paid spend allowed per calendar month (UTC), in US dollars; null = no per-key budget" });
const KeyExpiry = z.iso.datetime({ offset: true, error: "expires_at must be an ISO 8601 date-time" }).nullable().openapi({ description: "When the key stops working; null = never. Must be in the future." });
const KeyProject = z.string().trim().min(1).max(100).nullable().openapi({ description: "Default project_id for the key's generations" });

const KeyWebhookUrl = z
  .string({ error: "webhook_url must be a string" })
  .nullable()
  .openapi({ description: "Default webhook_url for this key's generations that answer 202 (null clears it); same rules as on generate" });

export const KeyCreateSchema = z
  .strictObject({
    name: KeyName.openapi({ example: "acme-staging" }),
    project_id: KeyProject.optional(),
    tiers: KeyTiers.optional().openapi({ description: "Tiers the key may use (default: all)" }),
    rate_limit_per_minute: KeyRate.optional(),
    monthly_budget_usd: KeyBudget.optional(),
    expires_at: KeyExpiry.optional(),
    webhook_url: KeyWebhookUrl.optional(),
  })
  .openapi("KeyCreate");
export type KeyCreate = z.infer<typeof KeyCreateSchema>;

export const KeyUpdateSchema = z
  .strictObject({
    name: KeyName.optional(),
    project_id: KeyProject.optional(),
    tiers: KeyTiers.optional(),
    rate_limit_per_minute: KeyRate.optional(),
    monthly_budget_usd: KeyBudget.optional(),
    expires_at: KeyExpiry.optional(),
    webhook_url: KeyWebhookUrl.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: "nothing to change: send at least one of name, project_id, tiers, rate_limit_per_minute, monthly_budget_usd, expires_at, webhook_url" })
  .openapi("KeyUpdate");
export type KeyUpdate = z.infer<typeof KeyUpdateSchema>;

const MonthUsageSchema = z
  .object({
    month: z.string().openapi({ example: "2026-12", description: "Calendar month (UTC)" }),
    generations: z.int(),
    spend_usd: z.number(),
  })
  .openapi("MonthUsage");

export const KeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: "The key's first characters, to recognise it by", example: "emk_3fZq9A" }),
    tiers: z.array(TierSchema),
    rate_limit_per_minute: z.int().nullable(),
    monthly_budget_usd: z.number().nullable(),
    project_id: z.string().nullable(),
    created_at: z.iso.datetime(),
    expires_at: z.iso.datetime().nullable(),
    revoked_at: z.iso.datetime().nullable(),
    webhook_url: z.string().nullable().openapi({ description: "Default webhook_url for this key's 202 jobs" }),
    this_month: MonthUsageSchema,
    spend: SpendSchema.optional(),
  })
  .openapi("Key");

export const CreatedKeySchema = KeySchema.extend({
  key: z.string().openapi({ description: "The key itself: shown this once, never again", example: "emk_3fZq9A..." }),
  webhook_secret: z
    .string()
    .nullable()
    .openapi({ description: "The key's webhook signing secret (whsec_...), shown this once (rotate: POST /api/keys/{id}/webhook-secret); null when KEY_ENCRYPTION_SECRET is not set" }),
}).openapi("CreatedKey");

export const KeyListSchema = z.object({ count: z.int(), items: z.array(KeySchema) }).openapi("KeyList");

export const CallerSchema = z
  .object({
    caller: z.enum(["key", "anonymous", "admin"]),
    key: KeySchema.nullable().openapi({ description: "The key's settings (null without a key)" }),
    tiers: z.array(TierSchema).openapi({ description: "Tiers this caller may use" }),
    rate_limit_per_minute: z.int().openapi({ description: "Generations per minute allowed now" }),
    monthly_budget_usd: z.number().nullable(),
    this_month: MonthUsageSchema,
    rate_limit: z.object({ limit: z.int(), remaining: z.int(), reset_s: z.int() }).openapi({ description: "The generate window right now" }),
    spend: SpendSchema.optional(),
  })
  .openapi("Caller");

/** A key's prepaid credits: the balance (the sum of every ledger row) and one page of the ledger, newest first. */
export const CreditsSchema = z
  .object({
    balance_usd: z.number().openapi({ description: "The sum of the whole ledger" }),
    held_usd: z.number().openapi({ description: "Reserved for generations still running" }),
    ledger: z.array(
      z.object({
        id: z.string(),
        amount_usd: z.number().openapi({ description: "Positive: a top-up; negative: a removal or a generation's cost" }),
        reason: z.string(),
        generation_id: z.string().nullable().openapi({ description: "The generation a spend row paid for" }),
        created_at: z.string(),
      }),
    ),
    next_cursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next (older) page; null on the last" }),
  })
  .openapi("KeyCredits");

export const CreditsQuerySchema = z.object({
  limit: z.coerce.number({ error: "limit must be a number" }).int({ error: "limit must be a whole number" }).min(1, { error: "limit must be 1-200" }).max(200, { error: "limit must be 1-200" }).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "next_cursor from the previous page" }),
});
export type CreditsQuery = z.infer<typeof CreditsQuerySchema>;

/** Credit amounts are whole micro-dollars at most; the UI checks the same bounds before sending. */
export const CREDIT_CHANGE_MAX_USD = 100_000;
export const CreditChangeSchema = z
  .strictObject({
    amount_usd: z
      .number({ error: "amount_usd must be a number" })
      .refine((n) => n !== 0 && Math.abs(n) <= CREDIT_CHANGE_MAX_USD, { error: `amount_usd must be non-zero and at most ${CREDIT_CHANGE_MAX_USD} either way` })
      .openapi({ example: 5, description: "Dollars to add (negative removes)" }),
    reason: z.string({ error: "reason must be a string" }).trim().min(1, { error: "reason must be 1-200 characters" }).max(200, { error: "reason must be 1-200 characters" }).openapi({ example: "prepaid invoice 1042" }),
  })
  .openapi("CreditChange");
