import { and, desc, eq, gte, lt, max, or, sql, type SQL } from "drizzle-orm";
import type { SpendHold } from "../limits/spend";
import { toDollars } from "../pricing";
import type { PendingTask } from "../providers/provider";
import type { Generation, HistoryQuery, Tier } from "../schemas";
import { fileUrl } from "../storage/files";
import { decodeCursor, pageOf } from "./cursor";
import type { Db } from "./drizzle";
import { generations, type GenerationRow, type NewGeneration } from "./schema";

// Every query on the generations table lives here, beside the row-to-response mapper.

/** Generation row -> the API's public shape (dollars, ISO time, absolute URL). */
export function toGeneration(row: GenerationRow, requestUrl: string): Generation {
  return {
    id: row.id,
    url: fileUrl(requestUrl, row.r2Key ?? ""),
    media_type: row.mediaType,
    tier: row.tier,
    provider: row.provider,
    cost: toDollars(row.costMicros),
    time_ms: row.timeMs,
    timestamp: new Date(row.createdAt).toISOString(),
    cached: row.cached,
    content_type: row.contentType ?? "application/octet-stream",
    bytes: row.bytes ?? 0,
    description: row.description,
    project_id: row.projectId,
  };
}

export async function insertGeneration(db: Db, row: NewGeneration): Promise<void> {
  await db.insert(generations).values(row);
}

export async function getGeneration(db: Db, id: string): Promise<GenerationRow | undefined> {
  return (await db.select().from(generations).where(eq(generations.id, id)).limit(1))[0];
}

export async function deleteGeneration(db: Db, id: string): Promise<void> {
  await db.delete(generations).where(eq(generations.id, id));
}

export function rowHold(row: GenerationRow): SpendHold | null {
  return row.holds ? (JSON.parse(row.holds) as SpendHold) : null;
}

export function rowTask(row: GenerationRow): PendingTask | null {
  return row.task ? (JSON.parse(row.task) as PendingTask) : null;
}

/** The provider accepted a task: keep it on the row at once, so a crash cannot lose track of it. */
export async function recordTask(db: Db, id: string, task: PendingTask): Promise<void> {
  await db.update(generations).set({ task: JSON.stringify(task), model: task.model }).where(and(eq(generations.id, id), eq(generations.status, "pending")));
}

/** The provider answered with a result (and billed for it): the cost is known before the file is stored. */
export async function recordBilled(db: Db, id: string, costMicros: number, model: string): Promise<void> {
  await db.update(generations).set({ costMicros, model }).where(and(eq(generations.id, id), eq(generations.status, "pending")));
}

export type SucceededFields = Pick<GenerationRow, "costMicros" | "timeMs" | "r2Key" | "contentType" | "bytes" | "model">;

/** pending -> succeeded, exactly once: only the caller that flips it gets the row back. */
export async function markSucceeded(db: Db, id: string, fields: SucceededFields): Promise<GenerationRow | undefined> {
  const updated = await db
    .update(generations)
    .set({ ...fields, status: "succeeded", error: null })
    .where(and(eq(generations.id, id), eq(generations.status, "pending")))
    .returning();
  return updated[0];
}

/** pending -> failed/cancelled with the reason and what the provider billed (usually nothing). */
export async function markEnded(db: Db, id: string, status: "failed" | "cancelled", error: string, costMicros: number, timeMs?: number): Promise<boolean> {
  const updated = await db
    .update(generations)
    .set({ status, error, costMicros, ...(timeMs === undefined ? {} : { timeMs }) })
    .where(and(eq(generations.id, id), eq(generations.status, "pending")))
    .returning({ id: generations.id });
  return updated.length > 0;
}

/** The row's holds are settled or released: the reconciler has nothing left to do for it. */
export async function closeHolds(db: Db, id: string): Promise<void> {
  await db.update(generations).set({ holdsOpen: false }).where(eq(generations.id, id));
}

/** Rows whose money is still held, created before `before`: the reconciler's work list. */
export async function listOpenHolds(db: Db, before: number, limit = 200): Promise<GenerationRow[]> {
  return db
    .select()
    .from(generations)
    .where(and(eq(generations.holdsOpen, true), lt(generations.createdAt, before)))
    .orderBy(generations.createdAt)
    .limit(limit);
}

/** Who a generation belongs to (its client_id), or null when there is no such row. */
export async function generationOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ owner: generations.clientId }).from(generations).where(eq(generations.id, id)).limit(1);
  return row?.owner ?? null;
}

/** Is any row pointing at this stored file (its own, or a cache hit that reuses it)? */
export async function fileHasRow(db: Db, r2Key: string): Promise<boolean> {
  const found = await db.select({ id: generations.id }).from(generations).where(and(eq(generations.r2Key, r2Key), eq(generations.status, "succeeded"))).limit(1);
  return found.length > 0;
}

/** `owner` limits a read to one client_id (auth/caller.ts readScope); null reads everyone's (the admin). */
export async function listHistory(db: Db, query: HistoryQuery, owner: string | null): Promise<{ rows: GenerationRow[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [eq(generations.status, "succeeded")];
  if (owner !== null) where.push(eq(generations.clientId, owner));
  if (query.tier) where.push(eq(generations.tier, query.tier));
  if (query.media_type) where.push(eq(generations.mediaType, query.media_type));
  if (query.project_id) where.push(eq(generations.projectId, query.project_id));
  if (query.cursor) {
    const [createdAt, id] = decodeCursor(query.cursor);
    where.push(or(lt(generations.createdAt, createdAt), and(eq(generations.createdAt, createdAt), lt(generations.id, id))));
  }
  const rows = await db
    .select()
    .from(generations)
    .where(and(...where))
    .orderBy(desc(generations.createdAt), desc(generations.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit);
}

export interface TierTotals {
  count: number;
  costMicros: number;
  avgTimeMs: number;
}

export interface UsageTotals {
  byTier: Record<Tier, TierTotals>;
  lastCreatedAt: number | null;
  daily: { date: string; count: number; costMicros: number }[];
}

/** Usage is aggregated in SQL over exactly the rows history lists, so the two always agree. */
export async function usageTotals(db: Db, days: number, owner: string | null, now = Date.now()): Promise<UsageTotals> {
  const succeeded = owner === null ? eq(generations.status, "succeeded") : and(eq(generations.status, "succeeded"), eq(generations.clientId, owner))!;
  const tiers = await db
    .select({
      tier: generations.tier,
      count: sql<number>`count(*)`,
      costMicros: sql<number>`coalesce(sum(${generations.costMicros}), 0)`,
      avgTimeMs: sql<number>`coalesce(round(avg(${generations.timeMs})), 0)`,
      last: max(generations.createdAt),
    })
    .from(generations)
    .where(succeeded)
    .groupBy(generations.tier);

  const dayMs = 86_400_000;
  const since = Math.floor(now / dayMs) * dayMs - (days - 1) * dayMs;
  const day = sql<string>`date(${generations.createdAt} / 1000, 'unixepoch')`;
  const daily = await db
    .select({ date: day, count: sql<number>`count(*)`, costMicros: sql<number>`coalesce(sum(${generations.costMicros}), 0)` })
    .from(generations)
    .where(and(succeeded, gte(generations.createdAt, since)))
    .groupBy(day)
    .orderBy(day);

  const empty = (): TierTotals => ({ count: 0, costMicros: 0, avgTimeMs: 0 });
  const byTier: Record<Tier, TierTotals> = { free: empty(), budget: empty(), premium: empty() };
  let lastCreatedAt: number | null = null;
  for (const t of tiers) {
    byTier[t.tier] = { count: Number(t.count), costMicros: Number(t.costMicros), avgTimeMs: Number(t.avgTimeMs) };
    if (t.last !== null && (lastCreatedAt === null || t.last > lastCreatedAt)) lastCreatedAt = t.last;
  }
  // Every day in the range, including quiet ones, so a chart needs no gap logic of its own.
  const found = new Map(daily.map((d) => [d.date, d]));
  const series = Array.from({ length: days }, (_, i) => {
    const date = new Date(since + i * dayMs).toISOString().slice(0, 10);
    const d = found.get(date);
    return { date, count: Number(d?.count ?? 0), costMicros: Number(d?.costMicros ?? 0) };
  });
  return { byTier, lastCreatedAt, daily: series };
}
