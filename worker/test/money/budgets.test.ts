import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { keyLedger, ledgerStub, spendPeriod } from "../../src/limits/spend";
import { admin, api, bearer, type ErrorBody, FAKE_RUNWAY_KEY, generate, newKey, postJson, setEnv, usePaidTiers } from "../helpers";

// Premium images cost $0.05 each (gen4_image 1024x1024, 5 credits).
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, MONTHLY_SPEND_LIMIT_USD: "100" });
const IMAGE = { description: "a red kite", tier: "premium", cache: false };
type Gen = { id: string; tier: string; cost: number; fallback_reason: string | null };
type Credits = { balance_usd: number; held_usd: number; ledger: { id: string; amount_usd: number; reason: string; generation_id: string | null }[] };

const burst = (n: number, key: string, body: Record<string, unknown> = IMAGE) => Promise.all(Array.from({ length: n }, () => generate(body, bearer(key))));
const credits = async (id: string) => (await api(`/api/keys/${id}/credits`, { headers: admin })).json<Credits>();
const addCredits = (id: string, amount_usd: number, reason = "prepaid") => postJson(`/api/keys/${id}/credits`, { amount_usd, reason }, admin);

// 50 simultaneous requests through the whole pipeline take seconds on a busy 2-core machine.
describe("per-key budgets and prepaid credits", { timeout: 30_000 }, () => {
  it("a $0.20 key budget admits exactly 4 of 50 simultaneous $0.05 premium images; the rest get 402 key_budget_exhausted", async () => {
    const key = await newKey({ monthly_budget_usd: 0.2, rate_limit_per_minute: 1000 });
    const results = await burst(50, key.key);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 402)).toHaveLength(46);
    const refused = await results.find((r) => r.status === 402)!.json<ErrorBody>();
    expect(refused.error.code).toBe("key_budget_exhausted");
    expect(refused.error.message).toContain("monthly budget of $0.2");
    expect(t.fakes().runway.calls.filter((c) => c.method === "POST")).toHaveLength(4);
    expect(await ledgerStub(env, keyLedger(key.id)).spent(spendPeriod())).toBe(200_000);
    expect(await ledgerStub(env, keyLedger(key.id)).held(spendPeriod())).toBe(0);
  });

  it("auto falls back to free when the key's budget cannot pay, and fallback_reason names that budget", async () => {
    const key = await newKey({ monthly_budget_usd: 0.2, rate_limit_per_minute: 1000 });
    const results = await burst(10, key.key, { description: "a red kite", cache: false });
    const bodies = await Promise.all(results.map((r) => r.json<Gen>()));
    expect(bodies.filter((b) => b.tier === "premium")).toHaveLength(4);
    const free = bodies.filter((b) => b.tier === "free");
    expect(free).toHaveLength(6);
    for (const b of free) expect(b.fallback_reason).toContain("the key's monthly budget of $0.2 has $0 left");
  });

  it("$0.20 of credits buys exactly 4 of 50 simultaneous images, 402 credits_exhausted after; the ledger sums to the balance", async () => {
    const key = await newKey({ rate_limit_per_minute: 1000 });
    expect((await addCredits(key.id, 0.2, "first top-up")).status).toBe(200);
    const results = await burst(50, key.key);
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(4);
    const refused = await results.find((r) => r.status === 402)!.json<ErrorBody>();
    expect(refused.error.code).toBe("credits_exhausted");
    const ids = (await Promise.all(ok.map((r) => r.json<Gen>()))).map((g) => g.id).sort();

    const view = await credits(key.id);
    expect(view.balance_usd).toBe(0);
    expect(view.held_usd).toBe(0);
    expect(view.ledger.reduce((sum, r) => sum + Math.round(r.amount_usd * 1e6), 0)).toBe(0);
    // One top-up and one spend row per generation, pointing at it.
    expect(view.ledger.filter((r) => r.amount_usd > 0)).toEqual([expect.objectContaining({ amount_usd: 0.2, reason: "first top-up", generation_id: null })]);
    const spend = view.ledger.filter((r) => r.amount_usd < 0);
    expect(spend.map((r) => r.amount_usd)).toEqual([-0.05, -0.05, -0.05, -0.05]);
    expect(spend.map((r) => r.generation_id).sort()).toEqual(ids);

    // Topping up again lets it spend again.
    await addCredits(key.id, 0.05, "second");
    expect((await generate(IMAGE, bearer(key.key))).status).toBe(200);
    expect((await credits(key.id)).balance_usd).toBe(0);
  });

  it("per key and global together: two $0.20 keys under a $0.30 global limit get 6 images in all, neither more than 4", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: String(0.3 + (await ledgerStub(env, "global").spent(spendPeriod())) / 1e6) });
    const a = await newKey({ monthly_budget_usd: 0.2, rate_limit_per_minute: 1000 });
    const b = await newKey({ monthly_budget_usd: 0.2, rate_limit_per_minute: 1000 });
    const [ra, rb] = await Promise.all([burst(25, a.key), burst(25, b.key)]);
    const okA = ra.filter((r) => r.status === 200).length;
    const okB = rb.filter((r) => r.status === 200).length;
    expect(okA + okB).toBe(6);
    expect(okA).toBeLessThanOrEqual(4);
    expect(okB).toBeLessThanOrEqual(4);
    const codes = new Set(await Promise.all([...ra, ...rb].filter((r) => r.status === 402).map(async (r) => (await r.json<ErrorBody>()).error.code)));
    expect([...codes].every((c) => c === "spend_limit_reached" || c === "key_budget_exhausted")).toBe(true);
    // A refusal by the global ledger released the key's hold: each key's held money is back to zero.
    expect(await ledgerStub(env, keyLedger(a.id)).held(spendPeriod())).toBe(0);
    expect(await ledgerStub(env, keyLedger(b.id)).held(spendPeriod())).toBe(0);
    expect((await ledgerStub(env, keyLedger(a.id)).spent(spendPeriod())) + (await ledgerStub(env, keyLedger(b.id)).spent(spendPeriod()))).toBe(300_000);
  });

  it("usage views show spend against each budget, remaining credit and held amounts", async () => {
    const key = await newKey({ monthly_budget_usd: 0.2, rate_limit_per_minute: 1000 });
    await addCredits(key.id, 1, "top-up");
    expect((await generate(IMAGE, bearer(key.key))).status).toBe(200);
    const me = await (await api("/api/keys/me", { headers: bearer(key.key) })).json<{ spend: Record<string, unknown> }>();
    expect(me.spend).toMatchObject({
      period: spendPeriod(),
      global: { limit_usd: 100 },
      key: { budget_usd: 0.2, spent_usd: 0.05, held_usd: 0, remaining_usd: 0.15 },
      credits: { balance_usd: 0.95, held_usd: 0, available_usd: 0.95 },
    });
    const usage = await (await api("/api/media/usage", { headers: bearer(key.key) })).json<{ spend: unknown }>();
    expect(usage.spend).toEqual(me.spend);
    const listed = await (await api("/api/keys", { headers: admin })).json<{ items: { id: string; spend: unknown }[] }>();
    expect(listed.items.find((k) => k.id === key.id)!.spend).toEqual(me.spend);
  });

  it("credits routes: admin only, 404 for an unknown key, 400 for a zero amount", async () => {
    const key = await newKey();
    expect((await api(`/api/keys/${key.id}/credits`)).status).toBe(401);
    expect((await api(`/api/keys/${key.id}/credits`, { headers: bearer(key.key) })).status).toBe(403);
    expect((await api(`/api/keys/${crypto.randomUUID()}/credits`, { headers: admin })).status).toBe(404);
    const zero = await addCredits(key.id, 0);
    expect(zero.status).toBe(400);
    expect((await zero.json<ErrorBody>()).error.message).toContain("amount_usd");
    expect(await credits(key.id)).toEqual({ balance_usd: 0, held_usd: 0, ledger: [], next_cursor: null });
  });
});
