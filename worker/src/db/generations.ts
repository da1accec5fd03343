import { and, desc, eq, gte, lt, max, or, sql, type SQL } from "drizzle-orm";
import { ApiError } from "../errors";
import type { HistoryQuery, Tier } from "../schemas";
import type { Db } from "./client";
import { generations, type GenerationRow, type NewGeneration } from "./schema";

export async function insertGeneration(db: Db, row: NewGeneration): Promise<void> {
  await db.insert(generations).values(row);
}

// Pages are keyset-paginated on (created_at, id), newest first, so inserts never shift a page.
function encodeCursor(row: GenerationRow): string {
  return btoa(JSON.stringify([row.createdAt, row.id])).replace(/=+$/, "");
}

function decodeCursor(cursor: string): [number, string] {
  try {
    const value: unknown = JSON.parse(atob(cursor));
    if (Array.isArray(value) && Number.isInteger(value[0]) && typeof value[1] === "string") return [value[0], value[1]];
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, "invalid_request", "cursor: not a cursor this API issued (use next_cursor from the previous page)");
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
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? encodeCursor(last) : null };
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
