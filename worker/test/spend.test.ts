import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SpendLedger } from "../src/limits/ledger";
import { readConfig } from "../src/config";
import { globalSpent, holdSpend, ledgerStub, releaseSpend, settleSpend, spendPeriod } from "../src/limits/spend";

const withLimit = (usd: string) => ({ ...env, MONTHLY_SPEND_LIMIT_USD: usd }) as Env;
const id = () => crypto.randomUUID();

describe("spend limit (SpendLedger Durable Object)", () => {
  it("reads MONTHLY_SPEND_LIMIT_USD as micro-dollars, or no limit", () => {
    expect(readConfig(withLimit("12.5")).monthlySpendLimitMicros).toBe(12_500_000);
    expect(readConfig(withLimit("0")).monthlySpendLimitMicros).toBe(0);
    expect(readConfig(withLimit("none")).monthlySpendLimitMicros).toBeNull();
    expect(readConfig(withLimit("")).monthlySpendLimitMicros).toBeNull();
  });

  it("admits exactly as many concurrent paid calls as the limit pays for", async () => {
    const e = withLimit("1");
    const results = await Promise.all(Array.from({ length: 100 }, () => holdSpend(e, id(), 50_000, 60_000)));
    const held = results.filter((r) => "hold" in r);
    expect(held).toHaveLength(20);
    const refused = results.find((r) => "refused" in r);
    expect(refused).toEqual({ refused: { ok: false, reason: "monthly", spentMicros: 0, heldMicros: 1_000_000, limitMicros: 1_000_000, ledger: "global", code: "spend_limit_reached" } });
    // Failed calls give their money back; successful ones are charged their actual cost, once.
    for (const r of held.slice(0, 10)) if ("hold" in r) await releaseSpend(e, r.hold);
    for (const r of held.slice(10)) if ("hold" in r) await settleSpend(e, r.hold, 40_000);
    if ("hold" in held[10]!) await settleSpend(e, held[10].hold, 40_000);
    expect(await globalSpent(env)).toBe(400_000);
    // 1.00 - 0.40 spent leaves room for 12 more calls at 0.05.
    const more = await Promise.all(Array.from({ length: 20 }, () => holdSpend(e, id(), 50_000, 60_000)));
    expect(more.filter((r) => "hold" in r)).toHaveLength(12);
  });

  it("lets an unsettled hold lapse so a crashed call cannot block spending forever", async () => {
    const stub = ledgerStub(env, "lapse-test");
    await runInDurableObject(stub, (ledger: SpendLedger) => {
      expect(ledger.hold("a", 600, { monthlyMicros: 1_000 }, "2026-11", 10_000, 0).ok).toBe(true);
      expect(ledger.hold("b", 600, { monthlyMicros: 1_000 }, "2026-11", 10_000, 9_999).ok).toBe(false);
      expect(ledger.hold("c", 600, { monthlyMicros: 1_000 }, "2026-11", 10_000, 10_000).ok).toBe(true);
      // Another month has its own budget.
      expect(ledger.hold("d", 1_000, { monthlyMicros: 1_000 }, "2026-12", 10_000, 10_000).ok).toBe(true);
      // Holding the same id again reserves nothing more.
      expect(ledger.hold("d", 1_000, { monthlyMicros: 1_000 }, "2026-12", 10_000, 10_000).ok).toBe(true);
      expect(ledger.held("2026-12")).toBe(1_000);
    });
  });

  it("counts spend with no limit set, holds nothing for free calls, and refuses everything paid at $0", async () => {
    const open = await holdSpend(withLimit(""), id(), 50_000, 1_000);
    expect(open).toMatchObject({ hold: { ledgers: ["global"] } });
    expect(await holdSpend(withLimit("0"), id(), 0, 1_000)).toMatchObject({ hold: { ledgers: [] } });
    expect(await holdSpend(withLimit("0"), id(), 1, 1_000)).toMatchObject({ refused: { limitMicros: 0 } });
    if ("hold" in open) await releaseSpend(env, open.hold);
  });

  it("settles a hold exactly once and ignores a release after it", async () => {
    const stub = ledgerStub(env, "once-test");
    const period = spendPeriod();
    await stub.hold("g1", 5_000, { monthlyMicros: null }, period, 60_000);
    expect(await stub.settle("g1", 4_000, period)).toEqual({ first: true, spentMicros: 4_000 });
    expect(await stub.settle("g1", 4_000, period)).toEqual({ first: false, spentMicros: 4_000 });
    await stub.release("g1");
    expect(await stub.spent(period)).toBe(4_000);
    expect(await stub.openHolds()).toEqual([]);
  });
});
