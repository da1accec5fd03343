// The `spend` member of GET /api/media/usage (worker/src/schemas.ts SpendSchema): each budget that applies to the
// caller this month, what is spent, held for running work, and left.
export interface Spend {
  period: string;
  global: { limit_usd: number | null; spent_usd: number; held_usd: number; remaining_usd: number | null };
  key: { budget_usd: number | null; spent_usd: number; held_usd: number; remaining_usd: number | null } | null;
  credits: { balance_usd: number; held_usd: number; available_usd: number } | null;
}

export interface BudgetAlert {
  name: string;
  threshold: 50 | 80 | 100;
  spent_usd: number;
  budget_usd: number;
}

/** The thresholds (50/80/100 %) each budget has reached this period: the same ones the server alerts on. */
export function activeAlerts(spend: Spend | undefined): BudgetAlert[] {
  if (!spend) return [];
  const budgets: [string, number | null, number][] = [
    ["Monthly spend limit", spend.global.limit_usd, spend.global.spent_usd],
    ["This key's monthly budget", spend.key?.budget_usd ?? null, spend.key?.spent_usd ?? 0],
  ];
  const out: BudgetAlert[] = [];
  for (const [name, budget, spent] of budgets) {
    if (budget === null || budget <= 0) continue;
    const reached = ([100, 80, 50] as const).find((t) => spent * 100 >= t * budget);
    if (reached) out.push({ name, threshold: reached, spent_usd: spent, budget_usd: budget });
  }
  return out;
}
