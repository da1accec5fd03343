import { readConfig } from "../config";
import { alertOnCrossing, alertOnLowCredit } from "../alerts/spend";
import { getDb } from "../db/drizzle";
import { addSpendRow } from "../db/credits";
import type { Hold } from "./ledger";
import { importLegacySpend } from "./legacy-spend";

/** All paid spend is counted in one ledger, so the monthly limit holds across clients and concurrent requests. */
export const GLOBAL_LEDGER = "global";


export function spendPeriod(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 7);
}

export function ledgerStub(env: Env, ledger: string) {
  return env.SPEND_LEDGER.get(env.SPEND_LEDGER.idFromName(ledger));
}

/** The caller's client key, when it has one: its own ledger enforces its monthly budget and its credits. */
export interface KeyBudget {
  keyId: string;
  keyName: string | null;
  /** The key's monthly_budget_usd in micro-dollars; null for none. */
  monthlyBudgetMicros: number | null;
}

export function keyLedger(keyId: string): string {
  return `key:${keyId}`;
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
  /** The ledgers holding money: the key's (if any) and "global"; empty for free work. */
  ledgers: string[];
  key?: KeyBudget;
}

export type RefusalCode = "spend_limit_reached" | "key_budget_exhausted" | "credits_exhausted";
export type Refusal = Extract<Hold, { ok: false }> & { ledger: string; code: RefusalCode };

/** A free call holds nothing. */
export function noHold(holdId: string): SpendHold {
  return { holdId, period: spendPeriod(), ledgers: [] };
}

/** The ledgers a call of this estimate must be admitted by, key first (as written on the pending row). */
export function intendedHold(holdId: string, estimateMicros: number, key?: KeyBudget | null): SpendHold {
  const ledgers = estimateMicros === 0 ? [] : [...(key ? [keyLedger(key.keyId)] : []), GLOBAL_LEDGER];
  return { holdId, period: spendPeriod(), ledgers, ...(key ? { key } : {}) };
}

/**
 * Holds the estimate in the key's ledger (its monthly budget, its credits) and in the global ledger (always, so
 * every paid micro-dollar is counted; refused only when MONTHLY_SPEND_LIMIT_USD cannot cover it). Both must admit:
 * a refusal by either releases what the other held.
 */
export async function holdSpend(env: Env, holdId: string, estimateMicros: number, holdMs: number, key?: KeyBudget | null): Promise<{ hold: SpendHold } | { refused: Refusal }> {
  const intended = intendedHold(holdId, estimateMicros, key);
  const taken: string[] = [];
  // The month's spend from before SpendLedger counts before the global ledger admits anything (once per isolate).
  if (intended.ledgers.includes(GLOBAL_LEDGER)) await carryLegacySpend(env);
  for (const ledger of intended.ledgers) {
    const monthlyMicros = ledger === GLOBAL_LEDGER ? readConfig(env).monthlySpendLimitMicros : (key?.monthlyBudgetMicros ?? null);
    const result = await ledgerStub(env, ledger).hold(holdId, estimateMicros, { monthlyMicros }, intended.period, holdMs);
    if (!result.ok) {
      await releaseSpend(env, { ...intended, ledgers: taken });
      const code: RefusalCode = ledger === GLOBAL_LEDGER ? "spend_limit_reached" : result.reason === "credits" ? "credits_exhausted" : "key_budget_exhausted";
      return { refused: { ...result, ledger, code } };
    }
    taken.push(ledger);
  }
  return { hold: intended };
}

/**
 * Settles the hold at what the call actually cost (once per hold), writes the credit ledger's spend row when a
 * key paid from its credits, then alerts on any budget threshold it crossed.
 */
export async function settleSpend(env: Env, hold: SpendHold, actualMicros: number): Promise<void> {
  for (const ledger of hold.ledgers) {
    const settled = await ledgerStub(env, ledger).settle(hold.holdId, actualMicros, hold.period);
    const key = ledger === GLOBAL_LEDGER ? null : (hold.key ?? null);
    if (key && settled.fromCredits && actualMicros > 0) {
      // Idempotent (one row per generation), so a settle retried by the reconciler writes it exactly once.
      await addSpendRow(getDb(env.DB), key.keyId, hold.holdId, actualMicros);
    }
    if (!settled.first || actualMicros === 0) continue;
    if (key && settled.fromCredits) await alertOnLowCredit(env, key, ledgerStub(env, ledger), actualMicros);
    const budgetMicros = key ? key.monthlyBudgetMicros : readConfig(env).monthlySpendLimitMicros;
    if (budgetMicros === null) continue;
    await alertOnCrossing(env, {
      scope: key ? "key" : "global",
      keyId: key?.keyId ?? null,
      keyName: key?.keyName ?? null,
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

/** Carries the Limiter's pre-SpendLedger spend into the global ledger, once (limits/legacy-spend.ts). */
export function carryLegacySpend(env: Env): Promise<number> {
  return importLegacySpend(env, ledgerStub(env, GLOBAL_LEDGER));
}

/** What the global ledger has counted for a period (settled spend). */
export async function globalSpent(env: Env, period = spendPeriod()): Promise<number> {
  return ledgerStub(env, GLOBAL_LEDGER).spent(period);
}
