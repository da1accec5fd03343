import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { alertOnCrossing, crossed } from "../../src/alerts/spend";
import { newWebhookSecret } from "../../src/webhooks/sign";
import { ADMIN, api, FAKE_HF_KEY, generate, newClient, setEnv, usePaidTiers } from "../helpers";
import { eventually, Receiver } from "../webhooks/receiver";

// Two 64x64 budget images ($0.0012 each) fill the $0.0024 monthly limit.
const t = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY, MONTHLY_SPEND_LIMIT_USD: "0.0024", WEBHOOK_RETRY_BASE_S: "0" });
let receiver: Receiver;

beforeEach(async () => {
  const secret = newWebhookSecret();
  receiver = new Receiver(secret);
  setEnv({ ALERT_WEBHOOK_URL: `${receiver.origin}/alerts`, ALERT_WEBHOOK_SECRET: secret });
  const fakes = t.fakes();
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const req = new Request(input, init);
    return receiver.handles(new URL(req.url)) ? receiver.handle(req) : fakes.handle(req, init?.signal);
  });
});

type AlertView = { type: string; scope: string; threshold: number; period: string; data: Record<string, unknown>; delivery: { status: string; attempts: number } | null };
const listAlerts = async () => (await (await api("/api/alerts", { headers: { Authorization: `Bearer ${ADMIN}` } })).json<{ alerts: AlertView[] }>()).alerts;

describe("cost-overage alerts", { timeout: 30_000 }, () => {
  it("alerts at 50, 80 and 100% of the monthly limit once each, signed, retried past a failing receiver, listed for the admin", async () => {
    receiver.script = [500];
    const body = { description: "a red kite", tier: "budget", options: { width: 64, height: 64 }, cache: false };
    const results = await Promise.all(Array.from({ length: 6 }, () => generate(body, newClient())));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 402, 402, 402, 402]);

    await eventually(async () => (await listAlerts()).length === 3 && (await listAlerts()).every((a) => a.delivery?.status === "delivered"));
    const alerts = await listAlerts();
    expect(alerts.map((a) => a.threshold).sort((a, b) => a - b)).toEqual([50, 80, 100]);
    expect(alerts.map((a) => a.delivery!.attempts).sort()).toEqual([1, 1, 2]);

    // What the receiver got: the documented body, verified with the official Standard Webhooks library.
    const delivered = receiver.received.filter((r) => r.verified);
    expect(new Set(delivered.map((r) => r.id)).size).toBe(3);
    const period = new Date().toISOString().slice(0, 7);
    const hundred = delivered.find((r) => (r.body as { data: { threshold: number } }).data.threshold === 100)!.body as Record<string, unknown>;
    expect(hundred).toEqual({
      type: "budget.threshold",
      timestamp: expect.any(String),
      data: { scope: "global", key_id: null, key_name: null, threshold: 100, period, spent_usd: 0.0024, budget_usd: 0.0024 },
    });

    // More spend attempts in the same period alert nothing again.
    await generate(body, newClient());
    expect(await listAlerts()).toHaveLength(3);
  });

  it("records an alert with no delivery when ALERT_WEBHOOK_URL is not set, and never twice for one threshold and period", async () => {
    setEnv({ ALERT_WEBHOOK_URL: undefined });
    const crossing = { scope: "global" as const, keyId: null, keyName: null, period: "2099-01", budgetMicros: 1_000_000 };
    await alertOnCrossing(env, { ...crossing, beforeMicros: 400_000, afterMicros: 500_000 });
    await alertOnCrossing(env, { ...crossing, beforeMicros: 400_000, afterMicros: 500_000 });
    const mine = (await listAlerts()).filter((a) => a.period === "2099-01");
    expect(mine).toEqual([expect.objectContaining({ threshold: 50, delivery: null })]);
    expect(receiver.received).toHaveLength(0);
  });

  it("finds exactly the thresholds one settlement crossed", () => {
    expect(crossed({ budgetMicros: 100, beforeMicros: 0, afterMicros: 49 })).toEqual([]);
    expect(crossed({ budgetMicros: 100, beforeMicros: 49, afterMicros: 50 })).toEqual([50]);
    expect(crossed({ budgetMicros: 100, beforeMicros: 50, afterMicros: 100 })).toEqual([80, 100]);
    expect(crossed({ budgetMicros: 100, beforeMicros: 100, afterMicros: 150 })).toEqual([]);
  });

  it("GET /api/alerts needs the admin token", async () => {
    expect((await api("/api/alerts")).status).toBe(401);
  });
});
