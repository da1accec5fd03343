import type { Hold } from "./limiter";
import { MICROS_PER_DOLLAR } from "../pricing";

/** All paid spend is counted in one place, so the limit holds across clients and concurrent requests. */
const SPEND_OBJECT = "spend:global";

/** The spend limit per calendar month (UTC), from MONTHLY_SPEND_LIMIT_USD; null means no limit. */
export function monthlySpendLimitMicros(env: Env): number | null {
  const raw = env.MONTHLY_SPEND_LIMIT_USD?.trim();
  if (!raw || raw.toLowerCase() === "none") return null;
  const dollars = Number(raw);
  return Number.isFinite(dollars) && dollars >= 0 ? Math.round(dollars * MICROS_PER_DOLLAR) : null;
}

export function spendPeriod(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 7);
}

function spendStub(env: Env) {
  return env.LIMITER.get(env.LIMITER.idFromName(SPEND_OBJECT));
}

/**
 * A hold on money for one paid call. Take it before calling the provider with the estimate (an upper bound
 * from the price table), then `settle` with the actual cost or `release` on failure.
 */
export interface SpendHold {
  holdId: string | null;
  period: string;
}

export async function holdSpend(env: Env, estimateMicros: number, holdMs: number): Promise<{ hold: SpendHold } | { refused: Extract<Hold, { ok: false }> }> {
  const period = spendPeriod();
  const limit = monthlySpendLimitMicros(env);
  if (limit === null || estimateMicros === 0) return { hold: { holdId: null, period } };
  const result = await spendStub(env).hold(estimateMicros, limit, period, holdMs);
  return result.ok ? { hold: { holdId: result.holdId, period } } : { refused: result };
}

export async function settleSpend(env: Env, hold: SpendHold, actualMicros: number): Promise<void> {
  if (hold.holdId) await spendStub(env).settle(hold.holdId, actualMicros, hold.period);
}

export async function releaseSpend(env: Env, hold: SpendHold): Promise<void> {
  if (hold.holdId) await spendStub(env).release(hold.holdId);
}
