import { getDb } from "../db/drizzle";
import { addLedgerRow, addSpendRow, allLedgerRows, ledgerBalance, ledgerPage, ledgerSums, topUps } from "../db/credits";
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

/**
 * The reconciler's check that every key's ledger object counts what the D1 credit ledger says (a kill between writing
 * a row and pushing it to the object, e.g. mid top-up, leaves them apart). D1's rows are the record: top-ups and
 * removals the object lacks are added to it, ones D1 lacks are dropped from it, spend rows it lacks are counted. A
 * spend the object settled whose D1 row was never written (a kill inside settleSpend) gets its row, at what the
 * object settled: the generation was delivered and paid for. Returns how many keys needed a repair.
 */
export async function resyncCredits(env: Env): Promise<number> {
  const db = getDb(env.DB);
  let repaired = 0;
  for (const { keyId, micros } of await ledgerSums(db)) {
    const ledger = ledgerStub(env, keyLedger(keyId));
    if ((await ledger.credits()).balanceMicros === micros) continue;
    // The object first, D1 after: a top-up reaches D1 before the object, so every entry read here is in the rows
    // read next (one made in between is simply not seen), and no live top-up is ever taken for a stray.
    const entries = await ledger.creditEntries();
    const rows = await allLedgerRows(db, keyId);
    const grants = new Set(entries.grants.map((g) => g.id));
    const spends = new Set(entries.spends.map((sp) => sp.id));
    const d1Grants = new Set(rows.filter((r) => r.generationId === null).map((r) => r.id));
    const d1Spends = new Set(rows.flatMap((r) => (r.generationId === null ? [] : [r.generationId])));
    for (const sp of entries.spends) {
      if (sp.micros > 0 && !d1Spends.has(sp.id)) {
        await addSpendRow(db, keyId, sp.id, sp.micros);
      }
    }
    await ledger.repairCredits({
      addGrants: rows.filter((r) => r.generationId === null && !grants.has(r.id)).map((r) => ({ id: r.id, micros: r.amountMicros, at: r.createdAt })),
      removeGrants: [...grants].filter((id) => !d1Grants.has(id)),
      addSpends: rows.flatMap((r) => (r.generationId !== null && !spends.has(r.generationId) ? [{ id: r.generationId, micros: -r.amountMicros }] : [])),
    });
    repaired += 1;
  }
  return repaired;
}
