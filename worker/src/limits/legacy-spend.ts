import type { SpendLedger } from "./ledger";

/**
 * Before SpendLedger (migration v3), the month's global spend was counted by the `Limiter` instance named
 * "spend:global". Deploying SpendLedger mid-month would have started the global ledger at 0 and admitted that
 * month's spend a second time. This carries the old figures over, exactly once, before the global ledger admits
 * anything: the ledger records the import in the same synchronous call that adds it, so concurrent importers
 * (two isolates, the reconciler) count it once.
 */
export const LEGACY_SPEND_OBJECT = "spend:global";
const IMPORT_ID = "limiter:spend:global";

/** Per isolate: once the ledger has the import, no call needs to ask again. */
let imported = false;

/**
 * Imports the Limiter's spend into the global ledger (`global`, passed in by limits/spend.ts, which owns the
 * ledger names) if that has not happened yet; returns the micro-dollars added now.
 */
export async function importLegacySpend(env: Env, global: DurableObjectStub<SpendLedger>): Promise<number> {
  if (imported) return 0;
  const rows = await env.LIMITER.get(env.LIMITER.idFromName(LEGACY_SPEND_OBJECT)).legacySpend();
  const added = await global.importSpend(IMPORT_ID, rows);
  imported = true;
  return added;
}

/** Tests only: forget that this isolate has seen the import (storage is fresh per test file, module state is not). */
export function forgetLegacyImport(): void {
  imported = false;
}
