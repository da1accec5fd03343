import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "./drizzle";
import { idempotencyKeys } from "./schema";

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

export type IdempotencyRecord = typeof idempotencyKeys.$inferSelect;

/** Claims (owner, key) for this request; returns the existing record instead when someone holds it. */
export async function claimKey(db: Db, owner: string, key: string, bodyHash: string, now = Date.now()): Promise<{ claimed: true } | { claimed: false; record: IdempotencyRecord }> {
  // An expired record is free again.
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key), lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)));
  const inserted = await db.insert(idempotencyKeys).values({ owner, key, bodyHash, createdAt: now }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { claimed: true };
  const record = await getKey(db, owner, key);
  return record ? { claimed: false, record } : claimKey(db, owner, key, bodyHash, now);
}

export async function getKey(db: Db, owner: string, key: string): Promise<IdempotencyRecord | undefined> {
  return (await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key))).limit(1))[0];
}

/** The first request answered: every later one with the key gets this. */
export async function saveResponse(db: Db, owner: string, key: string, status: number, body: string): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: status, responseBody: body })
    .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.responseStatus)));
}

/** The first request ended without an answer worth repeating (a 5xx, a 429): the key may be used again. */
export async function releaseKey(db: Db, owner: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.responseStatus)));
}

export async function expireIdempotencyKeys(db: Db, now = Date.now()): Promise<number> {
  const gone = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, now - IDEMPOTENCY_TTL_MS)).returning({ key: idempotencyKeys.key });
  return gone.length;
}
