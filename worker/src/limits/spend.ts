import { readConfig } from "../config";
import type { Hold } from "./limiter";

/** All paid spend is counted in one place, so the limit holds across clients and concurrent requests. */
const SPEND_OBJECT = "spend:global";


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
  const limit = readConfig(env).monthlySpendLimitMicros;
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
