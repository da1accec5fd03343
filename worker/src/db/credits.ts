import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { decodeCursor, pageOf } from "./cursor";
import type { Db } from "./drizzle";
import { creditLedger, type CreditLedgerRow } from "./schema";

export async function addLedgerRow(db: Db, row: CreditLedgerRow): Promise<void> {
  // A generation is charged once: a second spend row for it (a retried settle) is ignored.
  await db.insert(creditLedger).values(row).onConflictDoNothing();
}

/** One page of a key's ledger, newest first; `cursor` is the previous page's next cursor. */
export async function ledgerPage(db: Db, keyId: string, limit: number, cursor?: string): Promise<{ rows: CreditLedgerRow[]; nextCursor: string | null }> {
  const where = [eq(creditLedger.keyId, keyId)];
  if (cursor) {
    const [createdAt, id] = decodeCursor(cursor);
    where.push(or(lt(creditLedger.createdAt, createdAt), and(eq(creditLedger.createdAt, createdAt), lt(creditLedger.id, id)))!);
  }
  const rows = await db
    .select()
    .from(creditLedger)
    .where(and(...where))
    .orderBy(desc(creditLedger.createdAt), desc(creditLedger.id))
    .limit(limit + 1);
  return pageOf(rows, limit);
}

/** A generation's charge to a key's credit: one row per generation (a unique index), so writing it again changes nothing. */
export async function addSpendRow(db: Db, keyId: string, generationId: string, micros: number): Promise<void> {
  await addLedgerRow(db, { id: crypto.randomUUID(), keyId, amountMicros: -micros, reason: "generation", generationId, createdAt: Date.now() });
}

/** The balance is the sum of the ledger, nothing else. */
export async function ledgerBalance(db: Db, keyId: string): Promise<number> {
  const [row] = await db.select({ m: sql<number>`coalesce(sum(${creditLedger.amountMicros}), 0)` }).from(creditLedger).where(eq(creditLedger.keyId, keyId));
  return Number(row?.m ?? 0);
}

/** Top-ups and removals (not spend rows): what the key's ledger object must have counted. */
export async function topUps(db: Db, keyId: string): Promise<CreditLedgerRow[]> {
  return db.select().from(creditLedger).where(and(eq(creditLedger.keyId, keyId), isNull(creditLedger.generationId))).orderBy(creditLedger.createdAt);
}

/** Every key with credit rows and the sum of its ledger: what the reconciler compares with each key's ledger object. */
export async function ledgerSums(db: Db): Promise<{ keyId: string; micros: number }[]> {
  const rows = await db.select({ keyId: creditLedger.keyId, micros: sql<number>`coalesce(sum(${creditLedger.amountMicros}), 0)` }).from(creditLedger).groupBy(creditLedger.keyId);
  return rows.map((r) => ({ keyId: r.keyId, micros: Number(r.micros) }));
}

/** All of a key's rows, oldest first (the reconciler's repair of a ledger object that disagrees). */
export async function allLedgerRows(db: Db, keyId: string): Promise<CreditLedgerRow[]> {
  return db.select().from(creditLedger).where(eq(creditLedger.keyId, keyId)).orderBy(creditLedger.createdAt, creditLedger.id);
}
