import { getDb } from "../db/drizzle";
import { addLedgerRow, ledgerBalance, ledgerPage, topUps } from "../db/credits";
import type { CreditLedgerRow } from "../db/schema";
import { keyLedger, ledgerStub } from "../limits/spend";

/**
 * Adds (or, negative, removes) prepaid credit for a key: a ledger row in D1 first, then the key's SpendLedger
 * (which enforces it), keyed by the row's id so a retry counts once. Every top-up row is pushed again on each
 * call, so a top-up interrupted between the two is completed by the next one (or by the reconciler's sync).
 */
export async function addCredits(env: Env, keyId: string, amountMicros: number, reason: string): Promise<void> {
  await addLedgerRow(getDb(env.DB), { id: crypto.randomUUID(), keyId, amountMicros, reason, generationId: null, createdAt: Date.now() });
  await syncCredits(env, keyId);
}

export async function syncCredits(env: Env, keyId: string): Promise<void> {
  const ledger = ledgerStub(env, keyLedger(keyId));
  for (const row of await topUps(getDb(env.DB), keyId)) await ledger.addCredits(row.id, row.amountMicros, row.createdAt);
}

export interface CreditsView {
  balanceMicros: number;
  heldMicros: number;
  rows: CreditLedgerRow[];
  nextCursor: string | null;
}

/** The balance is the sum of the whole D1 ledger; what is held for generations still running comes from the key's ledger. */
export async function creditsView(env: Env, keyId: string, page: { limit: number; cursor?: string }): Promise<CreditsView> {
  const db = getDb(env.DB);
  const [balanceMicros, { rows, nextCursor }, state] = await Promise.all([
    ledgerBalance(db, keyId),
    ledgerPage(db, keyId, page.limit, page.cursor),
    ledgerStub(env, keyLedger(keyId)).credits(),
  ]);
  return { balanceMicros, heldMicros: state.heldMicros, rows, nextCursor };
}
