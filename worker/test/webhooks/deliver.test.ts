import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { enqueueWebhook, retryDelayS, WEBHOOK_QUEUE, type WebhookMessage } from "../../src/webhooks/deliver";
import { newWebhookSecret, signWebhook } from "../../src/webhooks/sign";
import { captureLogs, ENCRYPTION_SECRET, setEnv, storesContain, usePaidTiers } from "../helpers";
import { eventually, Receiver, routeFetch } from "./receiver";

const t = usePaidTiers({ WEBHOOK_RETRY_BASE_S: "0" });
let receiver: Receiver;
let secret: string;

beforeEach(async () => {
  secret = newWebhookSecret();
  receiver = new Receiver(secret);
  const fakes = t.fakes();
  vi.spyOn(globalThis, "fetch").mockImplementation(routeFetch(receiver, fakes.handle));
  await env.DB.prepare("DELETE FROM webhook_deliveries").run();
  await env.DB.prepare("DELETE FROM webhook_attempts").run();
});

type DeliveryRow = { status: string; attempts: number; last_status: number | null; last_error: string | null; delivered_at: number | null; dead_at: number | null };
const delivery = (id: string) => env.DB.prepare("SELECT * FROM webhook_deliveries WHERE id = ?").bind(id).first<DeliveryRow>();
const attempts = (id: string) =>
  env.DB.prepare("SELECT attempt, status_code, error FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt").bind(id).all<{ attempt: number; status_code: number | null; error: string | null }>().then((r) => r.results);

const send = (extra: Partial<Parameters<typeof enqueueWebhook>[1]> = {}) =>
  enqueueWebhook(env, { url: `${receiver.origin}/hooks/media`, secret, type: "generation.succeeded", data: { id: "gen-1", status: "succeeded" }, ...extra });

describe("webhook signing (Standard Webhooks)", () => {
  it("signs id.timestamp.body so the official standardwebhooks library verifies it, and a changed body fails", async () => {
    const body = JSON.stringify({ type: "x", data: { a: 1 } });
    const ts = Math.floor(Date.now() / 1000);
    const signature = await signWebhook(secret, "msg_1", ts, body);
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(ts), "webhook-signature": signature };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: "x", data: { a: 1 } });
    expect(() => new Webhook(secret).verify(body.replace("1", "2"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});

describe("webhook delivery through the queue", () => {
  it("delivers once, signed, and records the delivery and its attempt; the secret is stored nowhere", async () => {
    const id = await send();
    const row = await eventually(async () => ((await delivery(id))?.status === "delivered" ? delivery(id) : null));
    expect(row).toMatchObject({ status: "delivered", attempts: 1, last_status: 200, last_error: null });
    expect(row!.delivered_at).not.toBeNull();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ id, verified: true, body: { type: "generation.succeeded", data: { id: "gen-1", status: "succeeded" } } });
    expect(await attempts(id)).toEqual([{ attempt: 1, status_code: 200, error: null }]);
    expect(await storesContain(secret)).toEqual([]);
  });

  it("retries a receiver that fails twice, then succeeds: three attempts, one webhook-id, each freshly signed", async () => {
    receiver.script = [500, 503];
    const id = await send();
    await eventually(async () => (await delivery(id))?.status === "delivered");
    expect(await delivery(id)).toMatchObject({ status: "delivered", attempts: 3, last_status: 200, last_error: null });
    expect(await attempts(id)).toEqual([
      { attempt: 1, status_code: 500, error: "receiver answered 500" },
      { attempt: 2, status_code: 503, error: "receiver answered 503" },
      { attempt: 3, status_code: 200, error: null },
    ]);
    expect(receiver.received.map((r) => [r.id, r.verified])).toEqual([
      [id, true],
      [id, true],
      [id, true],
    ]);
  });

  it("gives up on an unreachable receiver after WEBHOOK_MAX_ATTEMPTS: failed, every attempt recorded, dead-lettered", async () => {
    setEnv({ WEBHOOK_MAX_ATTEMPTS: "3" });
    receiver.script = ["unreachable", "unreachable", "unreachable", "unreachable"];
    const id = await send();
    const row = await eventually(async () => ((await delivery(id))?.dead_at ? delivery(id) : null));
    expect(row).toMatchObject({ status: "failed", attempts: 3, last_status: null, delivered_at: null });
    expect(row!.last_error).toContain("could not reach the receiver");
    const tried = await attempts(id);
    expect(tried.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(tried.every((a) => a.status_code === null && a.error!.includes("Network connection lost"))).toBe(true);
    expect(receiver.script).toEqual(["unreachable"]); // no fourth attempt
  });

  it("does not follow redirects: a 302 is a failed attempt", async () => {
    setEnv({ WEBHOOK_MAX_ATTEMPTS: "1" });
    receiver.script = [302];
    const id = await send();
    const row = await eventually(async () => ((await delivery(id))?.dead_at ? delivery(id) : null));
    expect(row).toMatchObject({ status: "failed", attempts: 1, last_status: 302 });
    expect(row!.last_error).toContain("redirects are not followed");
  });
});

describe("webhook consumer, one batch at a time", () => {
  async function runBatch(id: string, secretField: WebhookMessage["secret"], attemptsSoFar: number) {
    const batch = createMessageBatch<WebhookMessage>(WEBHOOK_QUEUE, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: attemptsSoFar + 1, body: { deliveryId: id, secret: secretField } }]);
    const ctx = createExecutionContext();
    const retry = vi.spyOn(batch.messages[0]!, "retry");
    await worker.queue(batch, env);
    return { ...(await getQueueResult(batch, ctx)), retry };
  }

  it("backs off exponentially: 40 s, 80 s, 160 s ... capped at 12 h, the last attempt about 23 h after the first", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayS(n, 40))).toEqual([40, 80, 160, 320]);
    expect(retryDelayS(20, 40)).toBe(43_200);
    const total = Array.from({ length: 11 }, (_, i) => retryDelayS(i + 1, 40)).reduce((a, b) => a + b, 0);
    expect(total / 3600).toBeGreaterThan(20);
    expect(total / 3600).toBeLessThan(24);
  });

  it("asks the queue to retry a failed attempt after the backoff delay", async () => {
    setEnv({ WEBHOOK_RETRY_BASE_S: "40" });
    // Recorded directly (not queued) so this test drives the consumer itself.
    await env.DB.prepare("INSERT INTO webhook_deliveries (id, type, url, body, status, attempts, created_at, updated_at) VALUES ('msg_direct', 't', ?, '{}', 'pending', 2, 0, 0)")
      .bind(`${receiver.origin}/h`)
      .run();
    receiver.script = [500];
    const result = await runBatch("msg_direct", { plain: secret }, 2);
    expect(result.retryMessages).toHaveLength(1);
    expect(result.retry).toHaveBeenCalledWith({ delaySeconds: 160 });
    expect(await delivery("msg_direct")).toMatchObject({ status: "pending", attempts: 3, last_status: 500 });
  });

  it("marks a delivery failed when its sealed secret can no longer be opened (and does not call the receiver)", async () => {
    await env.DB.prepare("INSERT INTO webhook_deliveries (id, type, url, body, status, attempts, created_at, updated_at) VALUES ('msg_sealed', 't', ?, '{}', 'pending', 0, 0, 0)")
      .bind(`${receiver.origin}/h`)
      .run();
    setEnv({ KEY_ENCRYPTION_SECRET: `${ENCRYPTION_SECRET}-rotated` });
    const { result } = await captureLogs(() => runBatch("msg_sealed", { sealed: { ciphertext: "AAAA", iv: "AAAAAAAAAAAAAAAA" } }, 0));
    expect(result.explicitAcks).toHaveLength(1);
    expect(await delivery("msg_sealed")).toMatchObject({ status: "failed" });
    expect(receiver.received).toHaveLength(0);
  });
});
