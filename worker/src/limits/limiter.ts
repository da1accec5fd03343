import { DurableObject } from "cloudflare:workers";

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window frees a slot (0 when one is free now). */
  resetMs: number;
}

/** One month's spend as the Limiter counted it before SpendLedger. */
export interface LegacySpend {
  period: string;
  micros: number;
}

/**
 * Rate limits, kept exact under concurrency: every method runs synchronously start to finish (no await),
 * so two calls can never both see the last free slot.
 * - Rate: one instance per client, a sliding-window log of admitted requests.
 * - Failed authentication: one shared instance with a row per failure and IP, so a flood of invented
 *   bearers costs one object, not one each.
 * Money lives in its own class (SpendLedger, ledger.ts): a rate window has no spend tables.
 */
export class Limiter extends DurableObject<Env> {
  /**
   * Rows in `hits`, kept beside the table so a request costs the same whatever the limit: count(*) read every
   * admitted request in the window (6,000 rows at 100 requests/s). Counted once per object lifetime; after that
   * only #expire() and take() change the table, synchronously, so it cannot drift.
   */
  #hits: number | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS hits (at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS hits_at ON hits (at);
      CREATE TABLE IF NOT EXISTS auth_failures (ip TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS auth_failures_ip ON auth_failures (ip, at);
    `);
  }

  /** The window's state without taking a slot (for GET /api/keys/me). */
  peek(limit: number, windowMs: number, now = Date.now()): Decision {
    const used = this.#expire(windowMs, now);
    const remaining = Math.max(0, limit - used);
    return { allowed: remaining > 0, limit, remaining, resetMs: remaining > 0 || used === 0 ? 0 : Math.max(1, this.#oldest(now) + windowMs - now) };
  }

  /** Drops the requests that left the window; returns how many are still in it. */
  #expire(windowMs: number, now: number): number {
    const sql = this.ctx.storage.sql;
    let gone = 0;
    for (const _ of sql.exec("DELETE FROM hits WHERE at <= ? RETURNING at", now - windowMs)) gone++;
    this.#hits = this.#hits === undefined ? sql.exec<{ n: number }>("SELECT count(*) AS n FROM hits").one().n : this.#hits - gone;
    return this.#hits;
  }

  /** The oldest request in the window (one index lookup). */
  #oldest(now: number): number {
    return this.ctx.storage.sql.exec<{ oldest: number | null }>("SELECT min(at) AS oldest FROM hits").one().oldest ?? now;
  }

  /**
   * Records one failed authentication from `ip`, unless it is already locked out. allowed=false means
   * `limit` failures are already in the window: answer 429 until the oldest leaves it.
   */
  authFailure(ip: string, limit: number, windowMs: number, now = Date.now()): Decision {
    const decision = this.authState(ip, limit, windowMs, now);
    if (decision.allowed) this.ctx.storage.sql.exec("INSERT INTO auth_failures (ip, at) VALUES (?, ?)", ip, now);
    return decision;
  }

  /** Whether `ip` is locked out, without recording anything (asked before accepting the admin token). */
  authState(ip: string, limit: number, windowMs: number, now = Date.now()): Decision {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM auth_failures WHERE at <= ?", now - windowMs);
    const row = sql.exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM auth_failures WHERE ip = ?", ip).one();
    if (row.n < limit) return { allowed: true, limit, remaining: limit - row.n, resetMs: 0 };
    return { allowed: false, limit, remaining: 0, resetMs: Math.max(1, (row.oldest ?? now) + windowMs - now) };
  }

  /**
   * Before SpendLedger existed (migration v3), the "spend:global" instance of this class counted paid spend in a
   * `spent` table (period, micros). Nothing writes it any more; money/legacy-spend.ts reads it once to carry it over.
   * Empty on any other instance, or where the table was never made.
   */
  legacySpend(): LegacySpend[] {
    const sql = this.ctx.storage.sql;
    if (sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'spent'").toArray().length === 0) return [];
    return sql.exec<{ period: string; micros: number }>("SELECT period, micros FROM spent WHERE micros <> 0 ORDER BY period").toArray().map((r) => ({ period: r.period, micros: r.micros }));
  }

  take(limit: number, windowMs: number, now = Date.now()): Decision {
    const used = this.#expire(windowMs, now);
    if (used < limit) {
      this.ctx.storage.sql.exec("INSERT INTO hits (at) VALUES (?)", now);
      this.#hits = used + 1;
      return { allowed: true, limit, remaining: limit - used - 1, resetMs: used + 1 < limit ? 0 : this.#oldest(now) + windowMs - now };
    }
    return { allowed: false, limit, remaining: 0, resetMs: Math.max(1, this.#oldest(now) + windowMs - now) };
  }
}
