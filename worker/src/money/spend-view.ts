import { readConfig } from "../config";
import { GLOBAL_LEDGER, keyLedger, ledgerStub, spendPeriod } from "../limits/spend";
import { toDollars } from "../pricing";
import type { Spend } from "../schemas";

const remaining = (limit: number | null, spent: number, held: number) => (limit === null ? null : toDollars(Math.max(0, limit - spent - held)));

/** What /usage, /keys/me and /keys show about money: each budget that applies, spent, held and left. */
export async function spendView(env: Env, key: { id: string; monthlyBudgetMicros: number | null } | null): Promise<Spend> {
  const period = spendPeriod();
  const global = ledgerStub(env, GLOBAL_LEDGER);
  const own = key ? ledgerStub(env, keyLedger(key.id)) : null;
  const [gSpent, gHeld, kSpent, kHeld, credit] = await Promise.all([
    global.spent(period),
    global.held(period),
    own ? own.spent(period) : 0,
    own ? own.held(period) : 0,
    own ? own.credits() : null,
  ]);
  const limit = readConfig(env).monthlySpendLimitMicros;
  return {
    period,
    global: { limit_usd: limit === null ? null : toDollars(limit), spent_usd: toDollars(gSpent), held_usd: toDollars(gHeld), remaining_usd: remaining(limit, gSpent, gHeld) },
    key: key
      ? { budget_usd: key.monthlyBudgetMicros === null ? null : toDollars(key.monthlyBudgetMicros), spent_usd: toDollars(kSpent), held_usd: toDollars(kHeld), remaining_usd: remaining(key.monthlyBudgetMicros, kSpent, kHeld) }
      : null,
    credits: credit?.active
      ? { balance_usd: toDollars(credit.balanceMicros), held_usd: toDollars(credit.heldMicros), available_usd: toDollars(Math.max(0, credit.balanceMicros - credit.heldMicros)) }
      : null,
  };
}
