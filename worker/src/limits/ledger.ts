import { DurableObject } from "cloudflare:workers";

export type Hold =
  | { ok: true; holdId: string; spentMicros: number; heldMicros: number }
  | { ok: false; spentMicros: number; heldMicros: number; limitMicros: number };

/** A hold still open in a ledger: money reserved for a generation that has not been settled or released. */
export interface OpenHold {
  holdId: string;
  period: string;
  micros: number;
  createdAt: number;
}

/**
 * One spend ledger per scope (the global monthly limit; later one per client key), kept exact under
 * concurrency: every method runs synchronously start to finish (no await), so two calls can never both see
 * the last free dollar. Money is held before a paid call and settled at its actual cost after. Holds are
 * keyed by the generation id, so the generation row names them and the reconciler can finish them.
 */
export class SpendLedger extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS spent (period TEXT PRIMARY KEY, micros INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS holds (id TEXT PRIMARY KEY, period TEXT NOT NULL, micros INTEGER NOT NULL, expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS settled (id TEXT PRIMARY KEY, at INTEGER NOT NULL);
    `);
  }

  /**
   * Holds `micros` against `period`'s limit if spent + held + micros stays within it (no limit when
   * `limitMicros` is null). A hold that is never settled lapses after `holdMs`, a last resort behind the
   * reconciler. Holding the same id twice returns the first hold (a retried step reserves nothing more).
   */
  hold(holdId: string, micros: number, limitMicros: number | null, period: string, holdMs: number, now = Date.now()): Hold {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM holds WHERE expires_at <= ?", now);
    const spentMicros = this.spent(period);
    const heldMicros = sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM holds WHERE period = ?", period).one().m;
    if (sql.exec("SELECT 1 FROM holds WHERE id = ?", holdId).toArray().length > 0) return { ok: true, holdId, spentMicros, heldMicros };
    if (limitMicros !== null && spentMicros + heldMicros + micros > limitMicros) return { ok: false, spentMicros, heldMicros, limitMicros };
    sql.exec("INSERT INTO holds (id, period, micros, expires_at, created_at) VALUES (?, ?, ?, ?, ?)", holdId, period, micros, now + holdMs, now);
    return { ok: true, holdId, spentMicros, heldMicros: heldMicros + micros };
  }

  /** The paid call is over: replace its hold by what it actually cost, exactly once per hold. Returns the period's spend. */
  settle(holdId: string, actualMicros: number, period: string, now = Date.now()): { first: boolean; spentMicros: number } {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM settled WHERE at <= ?", now - 40 * 86_400_000);
    if (sql.exec("SELECT 1 FROM settled WHERE id = ?", holdId).toArray().length > 0) return { first: false, spentMicros: this.spent(period) };
    sql.exec("INSERT INTO settled (id, at) VALUES (?, ?)", holdId, now);
    sql.exec("DELETE FROM holds WHERE id = ?", holdId);
    // Even if the hold lapsed, the money was spent: it always counts.
    sql.exec("INSERT INTO spent (period, micros) VALUES (?, ?) ON CONFLICT (period) DO UPDATE SET micros = micros + excluded.micros", period, actualMicros);
    return { first: true, spentMicros: this.spent(period) };
  }

  /** The paid call cost nothing: the money is free again. Releasing twice, or after settling, changes nothing. */
  release(holdId: string): void {
    this.ctx.storage.sql.exec("DELETE FROM holds WHERE id = ?", holdId);
  }

  spent(period: string): number {
    return this.ctx.storage.sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM spent WHERE period = ?", period).one().m;
  }

  held(period: string): number {
    return this.ctx.storage.sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM holds WHERE period = ?", period).one().m;
  }

  /** Holds older than `olderThan` (epoch ms): what the reconciler checks against D1. */
  openHolds(olderThan = Number.MAX_SAFE_INTEGER): OpenHold[] {
    return this.ctx.storage.sql
      .exec<{ id: string; period: string; micros: number; created_at: number }>("SELECT id, period, micros, created_at FROM holds WHERE created_at < ? ORDER BY created_at", olderThan)
      .toArray()
      .map((r) => ({ holdId: r.id, period: r.period, micros: r.micros, createdAt: r.created_at }));
  }
}
