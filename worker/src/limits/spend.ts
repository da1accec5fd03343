import { alertOnCrossing } from "../alerts/spend";
import type { Hold } from "./ledger";
import { MICROS_PER_DOLLAR } from "../pricing";

/** All paid spend is counted in one ledger, so the monthly limit holds across clients and concurrent requests. */
export const GLOBAL_LEDGER = "global";

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

export function ledgerStub(env: Env, ledger: string) {
  return env.SPEND_LEDGER.get(env.SPEND_LEDGER.idFromName(ledger));
}

/**
 * Money held for one paid call, in every ledger that must admit it. The hold id is the generation id, and the
 * generation row carries this (its `holds` column), so a crashed call's money can always be found again.
 * Take it before calling the provider with the estimate (an upper bound from the price table), then `settle`
 * with the actual cost or `release` on failure. Both are idempotent.
 */
export interface SpendHold {
  holdId: string;
  period: string;
  /** The ledgers holding money, e.g. ["global"]; empty for free work. */
  ledgers: string[];
}

export type Refusal = Extract<Hold, { ok: false }> & { ledger: string };

/** A free call holds nothing. */
export function noHold(holdId: string): SpendHold {
  return { holdId, period: spendPeriod(), ledgers: [] };
}

/**
 * Holds the estimate in the global ledger (always, so every paid micro-dollar is counted; refused only when
 * MONTHLY_SPEND_LIMIT_USD cannot cover it).
 */
export async function holdSpend(env: Env, holdId: string, estimateMicros: number, holdMs: number): Promise<{ hold: SpendHold } | { refused: Refusal }> {
  const period = spendPeriod();
  if (estimateMicros === 0) return { hold: { holdId, period, ledgers: [] } };
  const result = await ledgerStub(env, GLOBAL_LEDGER).hold(holdId, estimateMicros, monthlySpendLimitMicros(env), period, holdMs);
  return result.ok ? { hold: { holdId, period, ledgers: [GLOBAL_LEDGER] } } : { refused: { ...result, ledger: GLOBAL_LEDGER } };
}

/** Settles the hold at what the call actually cost (once per hold), then alerts on any budget threshold it crossed. */
export async function settleSpend(env: Env, hold: SpendHold, actualMicros: number): Promise<void> {
  for (const ledger of hold.ledgers) {
    const settled = await ledgerStub(env, ledger).settle(hold.holdId, actualMicros, hold.period);
    if (!settled.first || actualMicros === 0) continue;
    const budgetMicros = ledger === GLOBAL_LEDGER ? monthlySpendLimitMicros(env) : null;
    if (budgetMicros === null) continue;
    await alertOnCrossing(env, {
      scope: "global",
      keyId: null,
      keyName: null,
      period: hold.period,
      budgetMicros,
      beforeMicros: settled.spentMicros - actualMicros,
      afterMicros: settled.spentMicros,
    });
  }
}

export async function releaseSpend(env: Env, hold: SpendHold): Promise<void> {
  for (const ledger of hold.ledgers) await ledgerStub(env, ledger).release(hold.holdId);
}

/** What the global ledger has counted for a period (settled spend). */
export async function globalSpent(env: Env, period = spendPeriod()): Promise<number> {
  return ledgerStub(env, GLOBAL_LEDGER).spent(period);
}
