import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addLedgerRow, ledgerBalance } from "../../src/db/credits";
import { getDb } from "../../src/db/drizzle";
import { keyLedger, ledgerStub, spendPeriod } from "../../src/limits/spend";
import { reconcile } from "../../src/money/reconcile";
import { admin, api, bearer, FAKE_RUNWAY_KEY, generate, newKey, postJson, usePaidTiers } from "../helpers";

// A key's credits live twice: the D1 ledger (the record) and the key's SpendLedger object (which enforces them).
// Each test leaves them apart the way a kill between the two writes would, then runs the reconciler.
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, MONTHLY_SPEND_LIMIT_USD: "100" });
const IMAGE = { description: "a paper boat", tier: "premium", cache: false }; // $0.05 each
const db = () => getDb(env.DB);
const row = (keyId: string, amountMicros: number, generationId: string | null = null) =>
  addLedgerRow(db(), { id: crypto.randomUUID(), keyId, amountMicros, reason: generationId ? "generation" : "prepaid", generationId, createdAt: Date.now() });
const objectBalance = async (keyId: string) => (await ledgerStub(env, keyLedger(keyId)).credits()).balanceMicros;
const topUp = (keyId: string, amount_usd: number) => postJson(`/api/keys/${keyId}/credits`, { amount_usd, reason: "prepaid" }, admin);

describe("the reconciler re-syncs each key's credits from its D1 ledger", { timeout: 30_000 }, () => {
  it("a top-up killed before it reached the key's object: not enforced until the reconciler pushes it, then exactly 4 of 10 images", async () => {
    const key = await newKey({ rate_limit_per_minute: 1000 });
    await row(key.id, 200_000); // addCredits' first write; the kill comes before the object hears of it
    expect(await objectBalance(key.id)).toBe(0);
    expect((await ledgerStub(env, keyLedger(key.id)).credits()).active).toBe(false);

    const report = await reconcile(env);
    expect(report.credits_resynced).toBe(1);
    expect(await objectBalance(key.id)).toBe(200_000);

    const results = await Promise.all(Array.from({ length: 10 }, () => generate(IMAGE, bearer(key.key))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(4);
    expect(results.filter((r) => r.status === 402)).toHaveLength(6);
    expect(t.fakes().runway.calls.filter((c) => c.method === "POST")).toHaveLength(4);
    // Agreeing again (the ledger sums to the balance: 0), so the next run repairs nothing.
    expect(await ledgerBalance(db(), key.id)).toBe(0);
    expect(await objectBalance(key.id)).toBe(0);
    expect((await reconcile(env)).credits_resynced).toBe(0);
  });

  it("a removal that never reached the object: the object would let the key spend money it no longer has, until repaired", async () => {
    const key = await newKey();
    expect((await topUp(key.id, 1)).status).toBe(200);
    await row(key.id, -900_000);
    expect(await objectBalance(key.id)).toBe(1_000_000);
    expect((await reconcile(env)).credits_resynced).toBe(1);
    expect(await objectBalance(key.id)).toBe(100_000);
    expect(await ledgerBalance(db(), key.id)).toBe(100_000);
  });

  it("a spend the object settled whose D1 row was never written gets its row, pointing at the generation", async () => {
    const key = await newKey();
    expect((await topUp(key.id, 1)).status).toBe(200);
    const ledger = ledgerStub(env, keyLedger(key.id));
    const generationId = crypto.randomUUID();
    expect((await ledger.hold(generationId, 50_000, { monthlyMicros: null }, spendPeriod(), 60_000)).ok).toBe(true);
    expect((await ledger.settle(generationId, 30_000, spendPeriod())).fromCredits).toBe(true);
    expect(await ledgerBalance(db(), key.id)).toBe(1_000_000);

    expect((await reconcile(env)).credits_resynced).toBe(1);
    const view = await (await api(`/api/keys/${key.id}/credits`, { headers: admin })).json<{ balance_usd: number; ledger: { amount_usd: number; generation_id: string | null }[] }>();
    expect(view.balance_usd).toBe(0.97);
    expect(view.ledger.filter((r) => r.generation_id === generationId).map((r) => r.amount_usd)).toEqual([-0.03]);
    expect(await objectBalance(key.id)).toBe(970_000);
    expect((await reconcile(env)).credits_resynced).toBe(0);
  });

  it("a spend row the object never counted is counted; a top-up the D1 ledger does not have is dropped", async () => {
    const spent = await newKey();
    expect((await topUp(spent.id, 1)).status).toBe(200);
    await row(spent.id, -30_000, crypto.randomUUID());
    const stray = await newKey();
    expect((await topUp(stray.id, 0.5)).status).toBe(200);
    await ledgerStub(env, keyLedger(stray.id)).addCredits("not-in-d1", 400_000);
    const agreeing = await newKey();
    expect((await topUp(agreeing.id, 2)).status).toBe(200);

    expect((await reconcile(env)).credits_resynced).toBe(2);
    expect(await objectBalance(spent.id)).toBe(970_000);
    expect(await objectBalance(stray.id)).toBe(500_000);
    expect(await objectBalance(agreeing.id)).toBe(2_000_000);
    expect((await reconcile(env)).credits_resynced).toBe(0);
  });
});
