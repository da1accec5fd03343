import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { forgetLegacyImport, importLegacySpend, LEGACY_SPEND_OBJECT } from "../../src/limits/legacy-spend";
import { carryLegacySpend, globalSpent, ledgerStub, spendPeriod } from "../../src/limits/spend";
import { reconcile } from "../../src/money/reconcile";
import { FAKE_RUNWAY_KEY, generate, usePaidTiers } from "../helpers";

// Before SpendLedger, the Limiter instance "spend:global" kept the month's spend in a `spent` table. These tests make
// that table the way the old code did, in the real Limiter object, then check the global ledger carries it over once.
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, MONTHLY_SPEND_LIMIT_USD: "1.30" });
const IMAGE = { description: "a lighthouse at dusk", tier: "premium", cache: false }; // $0.05 each

const month = spendPeriod();
const earlier = "2026-01";
// The old Limiter's schema, exactly as it created it (commit 5373a7f), with what it had counted.
const LEGACY = { [month]: 1_234_567, [earlier]: 9_000_000 };

async function seedLegacy(name: string, spent: Record<string, number>): Promise<void> {
  await runInDurableObject(env.LIMITER.get(env.LIMITER.idFromName(name)), (_instance, state) => {
    state.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS spent (period TEXT PRIMARY KEY, micros INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS holds (id TEXT PRIMARY KEY, period TEXT NOT NULL, micros INTEGER NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS settled (id TEXT PRIMARY KEY, at INTEGER NOT NULL);
    `);
    for (const [period, micros] of Object.entries(spent)) state.storage.sql.exec("INSERT INTO spent (period, micros) VALUES (?, ?)", period, micros);
  });
}

describe("this month's spend from before the spend ledger is carried over, once", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    forgetLegacyImport();
    await seedLegacy(LEGACY_SPEND_OBJECT, LEGACY);
  });

  it("before the global ledger admits anything: $1.30 limit, $1.234567 already spent -> exactly 1 of 10 simultaneous $0.05 images", async () => {
    expect(await globalSpent(env)).toBe(0);
    const results = await Promise.all(Array.from({ length: 10 }, () => generate(IMAGE)));
    expect(results.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
    expect(results.map((r) => r.status).filter((s) => s === 402)).toHaveLength(9);
    expect(t.fakes().runway.calls.filter((c) => c.method === "POST")).toHaveLength(1);
    // Exact: the old figure plus the one image, and the earlier month carried over too.
    expect(await globalSpent(env, month)).toBe(1_234_567 + 50_000);
    expect(await globalSpent(env, earlier)).toBe(9_000_000);
  });

  it("is idempotent: simultaneous importers, the reconciler, and later runs add nothing more", async () => {
    forgetLegacyImport();
    const added = await Promise.all(Array.from({ length: 8 }, () => carryLegacySpend(env)));
    expect(added).toEqual(Array(8).fill(0));
    forgetLegacyImport();
    expect((await reconcile(env)).legacy_spend_imported_usd).toBe(0);
    expect(await globalSpent(env, month)).toBe(1_234_567 + 50_000);
    expect(await globalSpent(env, earlier)).toBe(9_000_000);
  });

  it("concurrent first imports into a fresh ledger count exactly once; a Limiter without the old table carries nothing", async () => {
    const fresh = ledgerStub(env, "test:fresh-import");
    const rows = [{ period: month, micros: 777 }];
    const added = await Promise.all(Array.from({ length: 8 }, () => fresh.importSpend("limiter:spend:global", rows)));
    expect(added.filter((n) => n === 777)).toHaveLength(1);
    expect(added.filter((n) => n === 0)).toHaveLength(7);
    expect(await fresh.spent(month)).toBe(777);

    // A Limiter instance that never counted money (the table was never made) has nothing to carry, and says so once.
    const never = env.LIMITER.get(env.LIMITER.idFromName("spend:never-used"));
    expect(await never.legacySpend()).toEqual([]);
    const empty = ledgerStub(env, "test:empty-import");
    forgetLegacyImport();
    expect(await importLegacySpend({ ...env, LIMITER: { get: () => never, idFromName: (n: string) => env.LIMITER.idFromName(n) } } as unknown as Env, empty)).toBe(0);
    expect(await empty.spent(month)).toBe(0);
    // Recorded: seeding legacy spend afterwards is not picked up a second time by this ledger.
    expect(await empty.importSpend("limiter:spend:global", rows)).toBe(0);
  });
});
