import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** One row per answered generate request (cache hits included), written only once its file is in R2. */
export const generations = sqliteTable(
  "generations",
  {
    id: text("id").primaryKey(),
    /** Unix epoch milliseconds. */
    createdAt: integer("created_at").notNull(),
    description: text("description").notNull(),
    mediaType: text("media_type", { enum: ["image", "video", "audio"] }).notNull(),
    tier: text("tier", { enum: ["free", "budget", "premium"] }).notNull(),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    /** Long jobs are "pending" until they succeed, fail or are cancelled. Only succeeded rows count as history. */
    status: text("status", { enum: ["pending", "succeeded", "failed", "cancelled"] }).notNull(),
    /** Integer micro-dollars actually charged. */
    costMicros: integer("cost_micros").notNull(),
    timeMs: integer("time_ms").notNull(),
    r2Key: text("r2_key"),
    contentType: text("content_type"),
    bytes: integer("bytes"),
    cached: integer("cached", { mode: "boolean" }).notNull(),
    projectId: text("project_id"),
    clientId: text("client_id").notNull(),
    /** Why a job failed: the provider's failure code (e.g. SAFETY.INPUT.TEXT) or ours (TIMED_OUT, CANCELLED). */
    error: text("error"),
    /** The money held for this generation (JSON SpendHold), written before the provider is called. */
    holds: text("holds"),
    /** True until the holds are settled or released: what the reconciler looks for. */
    holdsOpen: integer("holds_open", { mode: "boolean" }).notNull().default(false),
    /** The provider's task (JSON PendingTask: Runway's task id, model, cost), recorded as soon as the provider answers the create. */
    task: text("task"),
  },
  (t) => [
    index("generations_open_idx").on(t.holdsOpen, t.createdAt),
    index("generations_created_idx").on(t.createdAt, t.id),
    index("generations_tier_idx").on(t.tier, t.createdAt, t.id),
    index("generations_media_type_idx").on(t.mediaType, t.createdAt, t.id),
    index("generations_project_idx").on(t.projectId, t.createdAt, t.id),
    // Every non-admin read is scoped to one owner (history, usage, a key's monthly totals).
    index("generations_client_idx").on(t.clientId, t.createdAt, t.id),
  ],
);

export type GenerationRow = typeof generations.$inferSelect;
export type NewGeneration = typeof generations.$inferInsert;

/**
 * Provider keys set through POST /configure, and the last key test per provider. The key is AES-GCM
 * ciphertext (see keys/crypto.ts); nothing here can be turned back into the key without KEY_ENCRYPTION_SECRET.
 */
export const providerKeys = sqliteTable("provider_keys", {
  /** "stable_diffusion" or "runway". */
  provider: text("provider").primaryKey(),
  /** base64 AES-GCM ciphertext of the key, null when only a test result is kept. */
  ciphertext: text("ciphertext"),
  /** base64 12-byte nonce for `ciphertext`. */
  iv: text("iv"),
  updatedAt: integer("updated_at").notNull(),
  lastTestOk: integer("last_test_ok", { mode: "boolean" }),
  lastTestAt: integer("last_test_at"),
  lastTestMessage: text("last_test_message"),
});

export type ProviderKeyRow = typeof providerKeys.$inferSelect;

/**
 * One row per Idempotency-Key per owner (24 h): the first request's body hash and, once it has answered, its
 * response (or the job it started), replayed to every later request with the same key.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    owner: text("owner").notNull(),
    key: text("key").notNull(),
    bodyHash: text("body_hash").notNull(),
    createdAt: integer("created_at").notNull(),
    /** Null while the first request is still working on it. */
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
  },
  (t) => [primaryKey({ columns: [t.owner, t.key] }), index("idempotency_created_idx").on(t.createdAt)],
);

/** Cost-overage alerts: one row per threshold crossed per budget per period, with its delivery status. */
export const alerts = sqliteTable(
  "alerts",
  {
    id: text("id").primaryKey(),
    /** "budget.threshold" or "credits.low". */
    type: text("type").notNull(),
    scope: text("scope", { enum: ["global", "key"] }).notNull(),
    keyId: text("key_id"),
    threshold: integer("threshold").notNull(),
    period: text("period").notNull(),
    /** type:scope:key:threshold:period; unique, so a threshold alerts once per period however many cross it at once. */
    dedupe: text("dedupe").notNull(),
    /** The alert's `data` (the webhook body is {type, timestamp, data}). */
    data: text("data").notNull(),
    createdAt: integer("created_at").notNull(),
    /** Its webhook_deliveries row (status, attempts, last error); null when ALERT_WEBHOOK_URL is not set. */
    deliveryId: text("delivery_id"),
  },
  (t) => [uniqueIndex("alerts_dedupe_idx").on(t.dedupe), index("alerts_created_idx").on(t.createdAt)],
);

export type AlertRow = typeof alerts.$inferSelect;

/**
 * Prepaid credit per client key: every change is a row (a top-up or removal by the admin, or a generation's
 * cost, negative, pointing at it). The balance is the sum of the rows; the key's SpendLedger enforces it.
 */
export const creditLedger = sqliteTable(
  "credit_ledger",
  {
    id: text("id").primaryKey(),
    keyId: text("key_id").notNull(),
    amountMicros: integer("amount_micros").notNull(),
    reason: text("reason").notNull(),
    /** The generation this paid for (spend rows); null for top-ups. */
    generationId: text("generation_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("credit_ledger_key_idx").on(t.keyId, t.createdAt), uniqueIndex("credit_ledger_generation_idx").on(t.keyId, t.generationId)],
);

export type CreditLedgerRow = typeof creditLedger.$inferSelect;

/**
 * One row per webhook to send (job finished, budget alert, ...). The body is kept so every retry sends the same
 * bytes; the signing secret is not here (it travels sealed in the queue message). Status: pending (queued or
 * waiting for a retry), delivered, failed (gave up: the message went to the dead-letter queue).
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    /** The `webhook-id` header: the same on every attempt, so receivers can drop duplicates. */
    id: text("id").primaryKey(),
    ownerId: text("owner_id"),
    generationId: text("generation_id"),
    type: text("type").notNull(),
    url: text("url").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull(),
    attempts: integer("attempts").notNull(),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    deliveredAt: integer("delivered_at"),
    /** When the message reached the dead-letter queue's consumer. */
    deadAt: integer("dead_at"),
  },
  (t) => [index("webhook_deliveries_generation_idx").on(t.generationId, t.createdAt), index("webhook_deliveries_owner_idx").on(t.ownerId, t.createdAt)],
);

/** Every attempt of a delivery: when, what the receiver answered (or why it could not be reached), how long it took. */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    deliveryId: text("delivery_id").notNull(),
    attempt: integer("attempt").notNull(),
    at: integer("at").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.attempt] })],
);

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

/**
 * Client API keys (POST /api/keys). Only the SHA-256 of a key is kept, plus a short prefix to recognise it by;
 * the key itself is shown once at creation. Revoking sets revoked_at (the row stays, so its history keeps an owner).
 * Generations made with a key have client_id "key:<id>".
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** "emk_" and the first characters of the key: enough to tell keys apart, far too few to guess the rest. */
    prefix: text("prefix").notNull(),
    /** Lower-case hex SHA-256 of the whole key. */
    hash: text("hash").notNull().unique(),
    projectId: text("project_id"),
    /** Comma-separated tiers the key may use, e.g. "free,budget". */
    tiers: text("tiers").notNull(),
    /** Generations per minute; null follows RATE_LIMIT_PER_MINUTE. */
    rateLimitPerMinute: integer("rate_limit_per_minute"),
    /** Paid spend allowed per calendar month (UTC) in micro-dollars; null = no per-key budget. */
    monthlyBudgetMicros: integer("monthly_budget_micros"),
    /** Unix epoch milliseconds. */
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("api_keys_created_idx").on(t.createdAt)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
