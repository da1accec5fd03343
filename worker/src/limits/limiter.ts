import { DurableObject } from "cloudflare:workers";

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window frees a slot (0 when one is free now). */
  resetMs: number;
}

export type Hold =
  | { ok: true; holdId: string; spentMicros: number; heldMicros: number }
  | { ok: false; spentMicros: number; heldMicros: number; limitMicros: number };

/**
 * Limits, kept exact under concurrency: every method runs synchronously start to finish (no await),
 * so two calls can never both see the last free slot or the last free dollar.
 * - Rate: one instance per client, a sliding-window log of admitted requests.
 * - Spend: one shared instance; money is held before a paid call and settled at its actual cost after.
 * - Failed authentication: one shared instance with a row per failure and IP, so a flood of invented
 *   bearers costs one object, not one each.
 */
export class Limiter extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS hits (at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS spent (period TEXT PRIMARY KEY, micros INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS holds (id TEXT PRIMARY KEY, period TEXT NOT NULL, micros INTEGER NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS settled (id TEXT PRIMARY KEY, at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS auth_failures (ip TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS auth_failures_ip ON auth_failures (ip, at);
    `);
  }

  /**
   * Holds `micros` against `period`'s limit if spent + held + micros stays within it. A hold that is
   * never settled (the worker died mid-call) lapses after `holdMs`, freeing the money.
   */
  hold(micros: number, limitMicros: number, period: string, holdMs: number, now = Date.now()): Hold {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM holds WHERE expires_at <= ?", now);
    const spentMicros = sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM spent WHERE period = ?", period).one().m;
    const heldMicros = sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM holds WHERE period = ?", period).one().m;
    if (spentMicros + heldMicros + micros > limitMicros) return { ok: false, spentMicros, heldMicros, limitMicros };
    const holdId = crypto.randomUUID();
    sql.exec("INSERT INTO holds (id, period, micros, expires_at) VALUES (?, ?, ?, ?)", holdId, period, micros, now + holdMs);
    return { ok: true, holdId, spentMicros, heldMicros: heldMicros + micros };
  }

  /** The paid call succeeded: replace its hold by what it actually cost, exactly once per hold. */
  settle(holdId: string, actualMicros: number, period: string, now = Date.now()): boolean {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM settled WHERE at <= ?", now - 7 * 86_400_000);
    if (sql.exec("SELECT 1 FROM settled WHERE id = ?", holdId).toArray().length > 0) return false;
    sql.exec("INSERT INTO settled (id, at) VALUES (?, ?)", holdId, now);
    sql.exec("DELETE FROM holds WHERE id = ?", holdId);
    // Even if the hold lapsed, the money was spent: it always counts.
    sql.exec("INSERT INTO spent (period, micros) VALUES (?, ?) ON CONFLICT (period) DO UPDATE SET micros = micros + excluded.micros", period, actualMicros);
    return true;
  }

  /** The paid call failed: it costs nothing, so the money is free again. */
  release(holdId: string): void {
    this.ctx.storage.sql.exec("DELETE FROM holds WHERE id = ?", holdId);
  }

  spent(period: string): number {
    return this.ctx.storage.sql.exec<{ m: number }>("SELECT coalesce(sum(micros), 0) AS m FROM spent WHERE period = ?", period).one().m;
  }

  /** The window's state without taking a slot (for GET /api/keys/me). */
  peek(limit: number, windowMs: number, now = Date.now()): Decision {
    const row = this.ctx.storage.sql.exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM hits WHERE at > ?", now - windowMs).one();
    const remaining = Math.max(0, limit - row.n);
    return { allowed: remaining > 0, limit, remaining, resetMs: remaining > 0 || row.oldest === null ? 0 : Math.max(1, row.oldest + windowMs - now) };
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

  take(limit: number, windowMs: number, now = Date.now()): Decision {
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM hits WHERE at <= ?", now - windowMs);
    const row = sql.exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM hits").one();
    const used = row.n;
    if (used < limit) {
      sql.exec("INSERT INTO hits (at) VALUES (?)", now);
      const oldest = row.oldest ?? now;
      return { allowed: true, limit, remaining: limit - used - 1, resetMs: used + 1 < limit ? 0 : oldest + windowMs - now };
    }
    return { allowed: false, limit, remaining: 0, resetMs: Math.max(1, (row.oldest ?? now) + windowMs - now) };
  }
}
