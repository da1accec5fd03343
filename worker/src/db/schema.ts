import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

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
  },
  (t) => [
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
