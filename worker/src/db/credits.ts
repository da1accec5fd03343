import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./drizzle";
import { creditLedger, type CreditLedgerRow } from "./schema";

export async function addLedgerRow(db: Db, row: CreditLedgerRow): Promise<void> {
  // A generation is charged once: a second spend row for it (a retried settle) is ignored.
  await db.insert(creditLedger).values(row).onConflictDoNothing();
}

export async function ledgerRows(db: Db, keyId: string, limit = 200): Promise<CreditLedgerRow[]> {
  return db.select().from(creditLedger).where(eq(creditLedger.keyId, keyId)).orderBy(desc(creditLedger.createdAt), desc(creditLedger.id)).limit(limit);
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
