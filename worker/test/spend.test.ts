import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Limiter } from "../src/limits/limiter";
import { readConfig } from "../src/config";
import { holdSpend, releaseSpend, settleSpend, spendPeriod } from "../src/limits/spend";

const withLimit = (usd: string) => ({ ...env, MONTHLY_SPEND_LIMIT_USD: usd }) as Env;

describe("spend limit (Durable Object)", () => {
  it("reads MONTHLY_SPEND_LIMIT_USD as micro-dollars, or no limit", () => {
    expect(readConfig(withLimit("12.5")).monthlySpendLimitMicros).toBe(12_500_000);
    expect(readConfig(withLimit("0")).monthlySpendLimitMicros).toBe(0);
    expect(readConfig(withLimit("none")).monthlySpendLimitMicros).toBeNull();
    expect(readConfig(withLimit("")).monthlySpendLimitMicros).toBeNull();
  });

  it("admits exactly as many concurrent paid calls as the limit pays for", async () => {
    const e = withLimit("1");
    const results = await Promise.all(Array.from({ length: 100 }, () => holdSpend(e, 50_000, 60_000)));
    const held = results.filter((r) => "hold" in r);
    expect(held).toHaveLength(20);
    const refused = results.find((r) => "refused" in r);
    expect(refused).toEqual({ refused: { ok: false, spentMicros: 0, heldMicros: 1_000_000, limitMicros: 1_000_000 } });
    // Failed calls give their money back; successful ones are charged their actual cost, once.
    for (const r of held.slice(0, 10)) if ("hold" in r) await releaseSpend(e, r.hold);
    for (const r of held.slice(10)) if ("hold" in r) await settleSpend(e, r.hold, 40_000);
    if ("hold" in held[10]!) await settleSpend(e, held[10].hold, 40_000);
    const stub = env.LIMITER.get(env.LIMITER.idFromName("spend:global"));
    expect(await stub.spent(spendPeriod())).toBe(400_000);
    // 1.00 - 0.40 spent leaves room for 12 more calls at 0.05.
    const more = await Promise.all(Array.from({ length: 20 }, () => holdSpend(e, 50_000, 60_000)));
    expect(more.filter((r) => "hold" in r)).toHaveLength(12);
  });

  it("lets an unsettled hold lapse so a crashed call cannot block spending forever", async () => {
    const stub = env.LIMITER.get(env.LIMITER.idFromName("lapse-test"));
    await runInDurableObject(stub, (limiter: Limiter) => {
      expect(limiter.hold(600, 1_000, "2026-11", 10_000, 0).ok).toBe(true);
      expect(limiter.hold(600, 1_000, "2026-11", 10_000, 9_999).ok).toBe(false);
      expect(limiter.hold(600, 1_000, "2026-11", 10_000, 10_000).ok).toBe(true);
      // Another month has its own budget.
      expect(limiter.hold(1_000, 1_000, "2026-12", 10_000, 10_000).ok).toBe(true);
    });
  });

  it("costs nothing and takes no hold when no limit is set or the call is free", async () => {
    expect(await holdSpend(withLimit(""), 50_000, 1_000)).toEqual({ hold: { holdId: null, period: spendPeriod() } });
    expect(await holdSpend(withLimit("0"), 0, 1_000)).toMatchObject({ hold: { holdId: null } });
    expect(await holdSpend(withLimit("0"), 1, 1_000)).toMatchObject({ refused: { limitMicros: 0 } });
  });
});
