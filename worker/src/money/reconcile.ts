import { readConfig, type Config } from "../config";
import { getDb, type Db } from "../db/drizzle";
import { closeHolds, listOpenHolds, markEnded, rowHold, rowTask } from "../db/generations";
import { expireIdempotencyKeys } from "../db/idempotency";
import type { GenerationRow } from "../db/schema";
import { getJob } from "../jobs/rpc";
import { carryLegacySpend, releaseSpend, settleSpend, type SpendHold } from "../limits/spend";
import { commitResult } from "../pipeline/commit";
import { resyncCredits } from "./credits";
import { sweepOrphanFiles, SWEEP_LIMITS, type SweepLimits } from "./orphan-files";
import { ProviderError, type ProviderContext } from "../providers/provider";
import { toDollars } from "../pricing";
import { providerById } from "../providers/registry";

export interface ReconcileReport {
  /** Rows with open holds old enough that the request that wrote them must have ended. */
  checked: number;
  /** Finished: a task that had succeeded, or a file stored before the request died. */
  committed: number;
  /** Marked failed (cost 0, or what the provider billed). */
  failed: number;
  /** Provider tasks still running with nobody to finish them: cancelled at the provider. */
  cancelled_tasks: number;
  /** Still owned by a live job object (which has its own deadline). */
  left_to_jobs: number;
  /** Ended rows whose money had not been settled or released yet. */
  settled: number;
  orphan_files_deleted: number;
  /** Stored files this run looked at (at most SWEEP_LIMITS of the bucket, from where the last run stopped). */
  orphan_files_scanned: number;
  idempotency_keys_expired: number;
  /** Keys whose ledger object disagreed with their D1 credit ledger, repaired from the D1 rows. */
  credits_resynced: number;
  /** Spend the Limiter counted before SpendLedger, carried into the global ledger by this run (once ever; else 0). */
  legacy_spend_imported_usd: number;
}

/**
 * How old a pending row must be before its request is surely gone: the longest a request can wait on a
 * provider, plus a minute to store the result.
 */
export function staleAfterMs(config: Config): number {
  return Math.max(config.hf.timeoutMs, config.runway.timeoutMs + config.syncWaitMs) + 60_000;
}

/**
 * Finishes what killed requests left behind, so no money stays held and no work goes unaccounted for.
 * Runs from the Cron Trigger (every 5 minutes) and POST /api/admin/reconcile. Safe to run at any time and
 * concurrently with live requests: every action is conditional (pending -> ended once, holds settled once).
 */
export async function reconcile(env: Env, now = Date.now(), limits: SweepLimits = SWEEP_LIMITS): Promise<ReconcileReport> {
  const config = readConfig(env);
  const db = getDb(env.DB);
  const report: ReconcileReport = { checked: 0, committed: 0, failed: 0, cancelled_tasks: 0, left_to_jobs: 0, settled: 0, orphan_files_deleted: 0, orphan_files_scanned: 0, idempotency_keys_expired: 0, legacy_spend_imported_usd: 0, credits_resynced: 0 };
  report.legacy_spend_imported_usd = toDollars(await carryLegacySpend(env));
  for (const row of await listOpenHolds(db, now - staleAfterMs(config))) {
    report.checked += 1;
    try {
      await reconcileRow(env, db, row, report);
    } catch (err) {
      // One row's trouble (a provider down) must not stop the rest; it is tried again next run.
      console.error(`reconcile ${row.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // After the rows above: settling them may have written the credit spend rows this compares.
  report.credits_resynced = await resyncCredits(env);
  const sweep = await sweepOrphanFiles(env, db, now, limits);
  report.orphan_files_deleted = sweep.deleted;
  report.orphan_files_scanned = sweep.scanned;
  report.idempotency_keys_expired = await expireIdempotencyKeys(db, now);
  return report;
}

async function reconcileRow(env: Env, db: Db, row: GenerationRow, report: ReconcileReport): Promise<void> {
  const hold: SpendHold = rowHold(row) ?? { holdId: row.id, period: "", ledgers: [] };
  if (row.status !== "pending") {
    // Ended, but killed between the row and the ledger: settle what it cost, or free the money.
    await account(env, db, row.id, hold, row.costMicros);
    report.settled += 1;
    return;
  }
  const task = rowTask(row);
  if (task) {
    const job = await getJob(env, row.id);
    if (job && (job.status === "pending" || job.status === "running")) {
      report.left_to_jobs += 1;
      return;
    }
    // Created, but never handed to a job (or its job ended without the row): look at the task ourselves.
    const provider = providerById(task.providerId);
    const ctx: ProviderContext = { env, fetch: (input, init) => fetch(input, init) };
    let polled;
    try {
      if (!provider?.poll) throw new ProviderError(task.providerId, 502, `provider ${task.providerId} can no longer be polled`, { failureCode: "PROVIDER_GONE" });
      polled = await provider.poll(task, ctx);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      if (await fail(env, db, row, hold, err.failureCode ?? err.code, 0)) report.failed += 1;
      return;
    }
    if (polled.done) {
      // Billed at the provider: keep the result.
      if (await commitResult(env, { id: row.id, media: polled.media, hold, startedAt: row.createdAt })) report.committed += 1;
      return;
    }
    // Nobody is waiting for it (the caller never got an id): stop it, so it is never billed.
    await provider!.cancel?.(task, ctx).catch(() => undefined);
    report.cancelled_tasks += 1;
    if (await fail(env, db, row, hold, "ABANDONED", 0)) report.failed += 1;
    return;
  }
  // A synchronous call whose request died. A file stored under its id finishes it (the cost was recorded
  // when the provider answered); otherwise it failed, costing what the provider billed, if anything.
  const listed = await env.MEDIA.list({ prefix: `${row.id}.`, limit: 1 });
  const object = listed.objects[0] ? await env.MEDIA.head(listed.objects[0].key) : null;
  if (object && row.costMicros > 0) {
    const media = { stored: true as const, r2Key: object.key, contentType: object.httpMetadata?.contentType ?? "application/octet-stream", bytes: object.size, costMicros: row.costMicros, model: row.model };
    if (await commitResult(env, { id: row.id, media, hold, startedAt: row.createdAt })) report.committed += 1;
    return;
  }
  if (await fail(env, db, row, hold, "INTERRUPTED", row.costMicros)) report.failed += 1;
}

/**
 * Ends a pending row as failed and accounts for its money; false when someone else ended it first. Only the one
 * who ended the row accounts for it: a job that committed it meanwhile settles its own hold (and if it dies before
 * that, the next run finds an ended row with open holds and settles it at the row's cost).
 */
async function fail(env: Env, db: Db, row: GenerationRow, hold: SpendHold, code: string, costMicros: number): Promise<boolean> {
  if (!(await markEnded(db, row.id, "failed", code, costMicros))) return false;
  await account(env, db, row.id, hold, costMicros);
  return true;
}

/** Money that was billed is settled at what it cost; money that was not is released. */
async function account(env: Env, db: Db, id: string, hold: SpendHold, costMicros: number): Promise<void> {
  if (costMicros > 0) await settleSpend(env, hold, costMicros);
  else await releaseSpend(env, hold);
  await closeHolds(db, id);
}
