import { DurableObject } from "cloudflare:workers";

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window frees a slot (0 when one is free now). */
  resetMs: number;
}

/**
 * The per-client rate window: one instance per client, a sliding-window log of admitted requests. `take`
 * runs synchronously start to finish (no await), so two calls can never both see the last free slot.
 * Money lives in its own class (SpendLedger): a rate window has no spend tables.
 */
export class Limiter extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS hits (at INTEGER NOT NULL)");
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
