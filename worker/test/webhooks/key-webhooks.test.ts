import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { newWebhookSecret } from "../../src/webhooks/sign";
import { admin, api, bearer, type CreatedKey, type ErrorBody, FAKE_RUNWAY_KEY, generate, newKey as newPlainKey, postJson, setEnv, storesContain, usePaidTiers } from "../helpers";
import { eventually, Receiver, routeFetch } from "./receiver";

const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000", WEBHOOK_RETRY_BASE_S: "0" });
const HOOK = "https://hooks.example.com/media";
let receiver: Receiver;
const stub = (id: string) => env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));

beforeEach(async () => {
  // The deployment-wide secret is set too: key callers must never be signed with it.
  setEnv({ WEBHOOK_SECRET: newWebhookSecret() });
  receiver = new Receiver(newWebhookSecret());
  vi.spyOn(globalThis, "fetch").mockImplementation(routeFetch(receiver, (req, signal) => t.fakes().handle(req, signal)));
});

/** A key as POST /api/keys creates it, with its webhook fields. */
const newKey = async (body: Record<string, unknown> = {}) => (await newPlainKey(body)) as CreatedKey & { webhook_secret: string | null; webhook_url: string | null };

async function videoJob(key: string, body: Record<string, unknown> = {}): Promise<string> {
  t.fakes().runway.nextTask = [{ steps: ["RUNNING:0.5", "SUCCEEDED"] }];
  const res = await generate({ description: "a slow pan over mountains", media_type: "video", tier: "premium", ...body }, bearer(key));
  expect(res.status).toBe(202);
  return (await res.json<{ id: string }>()).id;
}

function verifies(secret: string, index: number): boolean {
  const r = receiver.received[index]!;
  try {
    new Webhook(secret).verify(JSON.stringify(r.body), { "webhook-id": r.id, "webhook-timestamp": r.timestamp, "webhook-signature": r.signature });
    return true;
  } catch {
    return false;
  }
}

describe("per-key webhooks", () => {
  it("shows a key's signing secret once, at creation; it is stored nowhere and no later read shows it", async () => {
    const created = await newKey({ name: "hooks" });
    expect(created.webhook_secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await (await api(`/api/keys/${created.id}`, { headers: admin })).text();
    expect(read).not.toContain(created.webhook_secret!);
    expect(read).not.toContain("webhook_secret");
    expect(await storesContain(created.webhook_secret!)).toEqual([]);
  });

  it("a key's default webhook_url receives its jobs' final state, signed with the key's own secret (not WEBHOOK_SECRET)", async () => {
    const created = await newKey({ webhook_url: HOOK });
    expect(created.webhook_url).toBe(HOOK);
    receiver = new Receiver(created.webhook_secret!);
    vi.spyOn(globalThis, "fetch").mockImplementation(routeFetch(receiver, (req, signal) => t.fakes().handle(req, signal)));
    const id = await videoJob(created.key);
    await runDurableObjectAlarm(stub(id));
    await eventually(async () => receiver.received.length === 1);
    expect(receiver.received[0]).toMatchObject({ verified: true, body: { type: "generation.succeeded", data: { id, status: "succeeded" } } });
    expect(verifies((env as unknown as Record<string, string>).WEBHOOK_SECRET!, 0)).toBe(false);
    // The delivery belongs to the key's owner.
    expect(await env.DB.prepare("SELECT owner_id FROM webhook_deliveries WHERE generation_id = ?").bind(id).first()).toEqual({ owner_id: `key:${created.id}` });
  });

  it("rotating (by the key itself or the admin) signs the next webhooks with the new secret only; other keys get 403", async () => {
    const created = await newKey({ webhook_url: HOOK });
    const other = await newKey();
    expect((await postJson(`/api/keys/${created.id}/webhook-secret`, {}, bearer(other.key))).status).toBe(403);
    expect((await postJson(`/api/keys/${created.id}/webhook-secret`, {})).status).toBe(401);
    const res = await postJson(`/api/keys/${created.id}/webhook-secret`, {}, bearer(created.key));
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const { webhook_secret: rotated } = await res.json<{ webhook_secret: string }>();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(created.webhook_secret);
    const byAdmin = await (await postJson(`/api/keys/${created.id}/webhook-secret`, {}, admin)).json<{ webhook_secret: string }>();
    expect(byAdmin.webhook_secret).not.toBe(rotated);

    receiver = new Receiver(byAdmin.webhook_secret);
    vi.spyOn(globalThis, "fetch").mockImplementation(routeFetch(receiver, (req, signal) => t.fakes().handle(req, signal)));
    const id = await videoJob(created.key);
    await runDurableObjectAlarm(stub(id));
    await eventually(async () => receiver.received.length === 1);
    expect(receiver.received[0]!.verified).toBe(true);
    expect(verifies(byAdmin.webhook_secret, 0)).toBe(true); // the check below can fail, not just pass
    expect(verifies(created.webhook_secret!, 0)).toBe(false);
    expect(verifies(rotated, 0)).toBe(false);
  });

  it("refuses an unacceptable default webhook_url on a key with a clear 400, creating nothing", async () => {
    const before = (await env.DB.prepare("SELECT count(*) AS n FROM api_keys").first<{ n: number }>())!.n;
    const res = await postJson("/api/keys", { name: "bad", webhook_url: "http://192.168.1.5/hook" }, admin);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error).toMatchObject({ code: "invalid_webhook_url" });
    expect((await env.DB.prepare("SELECT count(*) AS n FROM api_keys").first<{ n: number }>())!.n).toBe(before);
  });
});

describe("nothing of one owner is visible to another", () => {
  it("another key sees neither the job, its events, its OpenAI video view, its content, nor its history", async () => {
    const a = await newKey();
    const b = await newKey();
    const id = await videoJob(a.key, { webhook_url: HOOK });
    await runDurableObjectAlarm(stub(id));
    for (const path of [`/api/media/jobs/${id}`, `/api/media/jobs/${id}/events`, `/v1/videos/${id}`, `/v1/videos/${id}/content`]) {
      const mine = await api(path, { headers: bearer(a.key) });
      expect(mine.status, path).toBe(200);
      await mine.body?.cancel();
      const theirs = await api(path, { headers: bearer(b.key) });
      expect(theirs.status, path).toBe(404);
      expect(await theirs.text()).not.toContain(HOOK);
    }
    const history = await (await api("/api/media/history", { headers: bearer(b.key) })).json<{ count: number }>();
    expect(history.count).toBe(0);
    expect((await api(`/api/media/jobs/${id}`, { method: "DELETE", headers: bearer(b.key) })).status).toBe(404);
    // The anonymous caller sees nothing of it either.
    expect((await api(`/api/media/jobs/${id}/events`)).status).toBe(404);
  });
});
