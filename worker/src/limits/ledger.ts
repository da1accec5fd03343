import { DurableObject } from "cloudflare:workers";

export type Hold =
  | { ok: true; holdId: string; spentMicros: number; heldMicros: number }
  /** `reason`: the monthly limit, or (a key with credits) its prepaid balance; the figures are for that one. */
  | { ok: false; reason: "monthly" | "credits"; spentMicros: number; heldMicros: number; limitMicros: number };

/** What a ledger enforces on a hold: a monthly limit (null: none), and/or, once credits exist, the credit balance. */
export interface Limits {
  monthlyMicros: number | null;
}

export interface CreditState {
  /** True once the key has ever received credits: from then on it spends from its balance. */
  active: boolean;
  grantedMicros: number;
  spentMicros: number;
  heldMicros: number;
  balanceMicros: number;
}

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
      CREATE TABLE IF NOT EXISTS credits (id TEXT PRIMARY KEY, micros INTEGER NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS credit_spent (id TEXT PRIMARY KEY, micros INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS imports (id TEXT PRIMARY KEY, period TEXT NOT NULL, micros INTEGER NOT NULL, at INTEGER NOT NULL);
    `);
    // Holds taken while credits were active are paid from the balance (added after v1 of this table).
    try {
      ctx.storage.sql.exec("ALTER TABLE holds ADD COLUMN from_credits INTEGER NOT NULL DEFAULT 0");
    } catch {
      // already there
    }
  }

  /**
   * Holds `micros` against `period`'s limit if spent + held + micros stays within it (no limit when
   * `limitMicros` is null). A hold that is never settled lapses after `holdMs`, a last resort behind the
   * reconciler. Holding the same id twice returns the first hold (a retried step reserves nothing more).
   */
  hold(holdId: string, micros: number, limits: Limits, period: string, holdMs: number, now = Date.now()): Hold {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM holds WHERE expires_at <= ?", now);
    const spentMicros = this.spent(period);
    const heldMicros = this.held(period);
    if (sql.exec("SELECT 1 FROM holds WHERE id = ?", holdId).toArray().length > 0) return { ok: true, holdId, spentMicros, heldMicros };
    const limitMicros = limits.monthlyMicros;
    if (limitMicros !== null && spentMicros + heldMicros + micros > limitMicros) return { ok: false, reason: "monthly", spentMicros, heldMicros, limitMicros };
    const credit = this.credits();
    if (credit.active && credit.spentMicros + credit.heldMicros + micros > credit.grantedMicros) {
      return { ok: false, reason: "credits", spentMicros: credit.spentMicros, heldMicros: credit.heldMicros, limitMicros: credit.grantedMicros };
    }
    sql.exec("INSERT INTO holds (id, period, micros, expires_at, created_at, from_credits) VALUES (?, ?, ?, ?, ?, ?)", holdId, period, micros, now + holdMs, now, credit.active ? 1 : 0);
    return { ok: true, holdId, spentMicros, heldMicros: heldMicros + micros };
  }

  /** Adds (or, negative, removes) prepaid credit; `entryId` is the D1 ledger row, so a retried top-up counts once. */
  addCredits(entryId: string, micros: number, now = Date.now()): CreditState {
    this.ctx.storage.sql.exec("INSERT INTO credits (id, micros, at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING", entryId, micros, now);
    return this.credits();
  }

  /** The amount of the most recent top-up (credits.low alerts are relative to it); 0 when there is none. */
  lastTopUp(): number {
    const row = this.ctx.storage.sql.exec<{ micros: number }>("SELECT micros FROM credits WHERE micros > 0 ORDER BY at DESC, rowid DESC LIMIT 1").toArray()[0];
    return row?.micros ?? 0;
  }

  credits(): CreditState {
    const sql = this.ctx.storage.sql;
    const granted = sql.exec<{ n: number; m: number }>("SELECT count(*) AS n, coalesce(sum(micros), 0) AS m FROM credits").one();
    const spentMicros = sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM credit_spent").one().m;
    const heldMicros = sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM holds WHERE from_credits = 1").one().m;
    return { active: granted.n > 0, grantedMicros: granted.m, spentMicros, heldMicros, balanceMicros: granted.m - spentMicros };
  }

  /**
   * Counts spend recorded somewhere else (the Limiter's, before this class existed) exactly once per `importId`:
   * the check, the record and the addition run in one synchronous call, so two importers cannot both add it.
   * Returns the micro-dollars added now (0 when it had been imported already).
   */
  importSpend(importId: string, rows: { period: string; micros: number }[], now = Date.now()): number {
    const sql = this.ctx.storage.sql;
    if (sql.exec("SELECT 1 FROM imports WHERE id = ?", importId).toArray().length > 0) return 0;
    let added = 0;
    for (const { period, micros } of rows) {
      sql.exec("INSERT INTO imports (id, period, micros, at) VALUES (?, ?, ?, ?)", `${importId}:${period}`, period, micros, now);
      sql.exec("INSERT INTO spent (period, micros) VALUES (?, ?) ON CONFLICT (period) DO UPDATE SET micros = micros + excluded.micros", period, micros);
      added += micros;
    }
    // The import as a whole (one row per period above, for the record), written even when there was nothing to carry.
    sql.exec("INSERT INTO imports (id, period, micros, at) VALUES (?, '', ?, ?)", importId, added, now);
    return added;
  }

  /** The paid call is over: replace its hold by what it actually cost, exactly once per hold. Returns the period's spend. */
  settle(holdId: string, actualMicros: number, period: string, now = Date.now()): { first: boolean; spentMicros: number; fromCredits: boolean } {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM settled WHERE at <= ?", now - 40 * 86_400_000);
    const paidFromCredits = sql.exec("SELECT 1 FROM credit_spent WHERE id = ?", holdId).toArray().length > 0;
    if (sql.exec("SELECT 1 FROM settled WHERE id = ?", holdId).toArray().length > 0) return { first: false, spentMicros: this.spent(period), fromCredits: paidFromCredits };
    const hold = sql.exec<{ from_credits: number }>("SELECT from_credits FROM holds WHERE id = ?", holdId).toArray()[0];
    sql.exec("INSERT INTO settled (id, at) VALUES (?, ?)", holdId, now);
    sql.exec("DELETE FROM holds WHERE id = ?", holdId);
    // Even if the hold lapsed, the money was spent: it always counts.
    sql.exec("INSERT INTO spent (period, micros) VALUES (?, ?) ON CONFLICT (period) DO UPDATE SET micros = micros + excluded.micros", period, actualMicros);
    // Paid from the balance when the hold was (or, lapsed, when credits are active now).
    const fromCredits = hold ? hold.from_credits === 1 : this.credits().active;
    if (fromCredits) sql.exec("INSERT INTO credit_spent (id, micros) VALUES (?, ?)", holdId, actualMicros);
    return { first: true, spentMicros: this.spent(period), fromCredits };
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
