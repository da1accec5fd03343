import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { insertAlert, setAlertDelivery } from "../db/alerts";
import { toDollars } from "../pricing";
import { enqueueWebhook } from "../webhooks/deliver";

/** Percentages of a budget that alert when spend reaches them. */
export const THRESHOLDS = [50, 80, 100] as const;

export interface BudgetCrossing {
  scope: "global" | "key";
  keyId: string | null;
  keyName: string | null;
  period: string;
  budgetMicros: number;
  /** Spend before and after one settlement: the ledger settles one at a time, so exactly one settlement crosses a threshold. */
  beforeMicros: number;
  afterMicros: number;
}

/** The thresholds this settlement crossed (none, usually: alerts cost nothing on the common path). */
export function crossed(c: Pick<BudgetCrossing, "budgetMicros" | "beforeMicros" | "afterMicros">): number[] {
  if (c.budgetMicros <= 0) return [];
  return THRESHOLDS.filter((t) => c.beforeMicros * 100 < t * c.budgetMicros && c.afterMicros * 100 >= t * c.budgetMicros);
}

/**
 * Records (once per threshold per period: a unique row) and sends a `budget.threshold` alert for each threshold
 * this settlement crossed, through the signed, retried webhook queue to ALERT_WEBHOOK_URL. Never throws: an
 * alert must not fail or hold up the generation that triggered it.
 */
export async function alertOnCrossing(env: Env, c: BudgetCrossing): Promise<void> {
  for (const threshold of crossed(c)) {
    try {
      const data = {
        scope: c.scope,
        key_id: c.keyId,
        key_name: c.keyName,
        threshold,
        period: c.period,
        spent_usd: toDollars(c.afterMicros),
        budget_usd: toDollars(c.budgetMicros),
      };
      await record(env, "budget.threshold", c.scope, c.keyId, threshold, c.period, data);
    } catch (err) {
      console.error(`alert ${c.scope} ${threshold}% ${c.period}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** The part of a key's ledger object the credit alert reads. */
interface CreditSource {
  credits(): Promise<{ grantedMicros: number; balanceMicros: number }> | { grantedMicros: number; balanceMicros: number };
  lastTopUp(): Promise<number> | number;
}

/**
 * `credits.low`: the balance fell below 20% of the last top-up (threshold 20) or to zero (threshold 0), once per
 * top-up (the period is the top-up's time). Never throws.
 */
export async function alertOnLowCredit(env: Env, key: { keyId: string; keyName: string | null }, source: CreditSource, spentMicros: number): Promise<void> {
  try {
    const { balanceMicros } = await source.credits();
    const lastTopUp = await source.lastTopUp();
    if (lastTopUp <= 0) return;
    const before = balanceMicros + spentMicros;
    const period = `topup:${lastTopUp}`;
    for (const threshold of [20, 0]) {
      const line = (lastTopUp * threshold) / 100;
      const crossedNow = threshold === 0 ? before > 0 && balanceMicros <= 0 : before >= line && balanceMicros < line;
      if (!crossedNow) continue;
      await record(env, "credits.low", "key", key.keyId, threshold, period, {
        scope: "key",
        key_id: key.keyId,
        key_name: key.keyName,
        threshold,
        balance_usd: toDollars(balanceMicros),
        last_top_up_usd: toDollars(lastTopUp),
      });
    }
  } catch (err) {
    console.error(`credits alert ${key.keyId}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function record(env: Env, type: string, scope: "global" | "key", keyId: string | null, threshold: number, period: string, data: Record<string, unknown>): Promise<void> {
  const db = getDb(env.DB);
  const id = crypto.randomUUID();
  const fresh = await insertAlert(db, {
    id,
    type,
    scope,
    keyId,
    threshold,
    period,
    dedupe: `${type}:${scope}:${keyId ?? ""}:${threshold}:${period}`,
    data: JSON.stringify(data),
    createdAt: Date.now(),
    deliveryId: null,
  });
  if (!fresh) return;
  const { url, secret } = readConfig(env).alerts;
  if (!url || !secret) return; // recorded, listed by GET /api/alerts; nowhere to send it
  const deliveryId = await enqueueWebhook(env, { url, secret, type, data });
  await setAlertDelivery(db, id, deliveryId);
}
