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
    /** "succeeded" today; long-running jobs add "pending" and "failed". Only succeeded rows count as history. */
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull(),
    /** Integer micro-dollars actually charged. */
    costMicros: integer("cost_micros").notNull(),
    timeMs: integer("time_ms").notNull(),
    r2Key: text("r2_key"),
    contentType: text("content_type"),
    bytes: integer("bytes"),
    cached: integer("cached", { mode: "boolean" }).notNull(),
    projectId: text("project_id"),
    clientId: text("client_id").notNull(),
    error: text("error"),
  },
  (t) => [
    index("generations_created_idx").on(t.createdAt, t.id),
    index("generations_tier_idx").on(t.tier, t.createdAt, t.id),
    index("generations_media_type_idx").on(t.mediaType, t.createdAt, t.id),
    index("generations_project_idx").on(t.projectId, t.createdAt, t.id),
  ],
);

export type GenerationRow = typeof generations.$inferSelect;
export type NewGeneration = typeof generations.$inferInsert;
