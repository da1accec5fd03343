import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { globalSpent } from "../../src/limits/spend";
import { type ErrorBody, FAKE_HF_KEY, FAKE_RUNWAY_KEY, generate, newClient, setEnv, snapshot, usePaidTiers } from "../helpers";

const t = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY, RUNWAY_API_KEY: FAKE_RUNWAY_KEY, MONTHLY_SPEND_LIMIT_USD: "10" });
const BODY = { description: "a red kite over the dunes", tier: "budget", options: { width: 64, height: 64 }, cache: false };

// Concurrent requests through the whole pipeline take seconds on a busy 2-core machine.
describe("Idempotency-Key on POST /api/media/generate", { timeout: 30_000 }, () => {
  it("replays the first response to the same owner with Idempotent-Replayed, generating and charging nothing again", async () => {
    const client = newClient();
    const before = await globalSpent(env);
    const first = await generate(BODY, { ...client, "Idempotency-Key": "order-1" });
    expect(first.status).toBe(200);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    const original = await first.json<{ id: string; cost: number }>();
    const again = await generate(BODY, { ...client, "Idempotency-Key": "order-1" });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.json()).toEqual(original);
    expect(t.fakes().hf.calls).toHaveLength(1);
    expect(await snapshot()).toMatchObject({ rows: 1, files: 1 });
    expect((await globalSpent(env)) - before).toBe(t.fakes().hf.billedMicros);
  });

  it("20 simultaneous requests with one key: one generation, one charge, and every caller gets its id", async () => {
    const client = newClient();
    const before = await globalSpent(env);
    const responses = await Promise.all(Array.from({ length: 20 }, () => generate(BODY, { ...client, "Idempotency-Key": "burst-1" })));
    expect(responses.map((r) => r.status)).toEqual(new Array(20).fill(200));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json<{ id: string }>()).id)));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers.get("Idempotent-Replayed") === "true")).toHaveLength(19);
    expect(t.fakes().hf.calls).toHaveLength(1);
    expect(await snapshot()).toMatchObject({ rows: 1, files: 1 });
    expect((await globalSpent(env)) - before).toBe(1_200);
  });

  it("keys are per owner: another caller's identical key is a new request", async () => {
    await generate(BODY, { ...newClient(), "Idempotency-Key": "shared-name" });
    const other = await generate(BODY, { ...newClient(), "Idempotency-Key": "shared-name" });
    expect(other.headers.get("Idempotent-Replayed")).toBeNull();
    expect(t.fakes().hf.calls).toHaveLength(2);
  });

  it("answers 422 idempotency_key_reused for the same key with a different body, changing nothing", async () => {
    const client = newClient();
    await generate(BODY, { ...client, "Idempotency-Key": "order-2" });
    const res = await generate({ ...BODY, description: "a different kite" }, { ...client, "Idempotency-Key": "order-2" });
    expect(res.status).toBe(422);
    expect((await res.json<ErrorBody>()).error.code).toBe("idempotency_key_reused");
    expect(t.fakes().hf.calls).toHaveLength(1);
  });

  it("answers 400 for a key longer than 255 characters, before anything runs", async () => {
    const res = await generate(BODY, { ...newClient(), "Idempotency-Key": "k".repeat(256) });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.message).toMatch(/Idempotency-Key must be 1-255 characters/);
    expect(t.fakes().hf.calls).toHaveLength(0);
    expect((await generate(BODY, { ...newClient(), "Idempotency-Key": "k".repeat(255) })).status).toBe(200);
  });

  it("replays a refusal (402) too, and a 5xx not at all (the key may be retried)", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "0" });
    const client = newClient();
    expect((await generate(BODY, { ...client, "Idempotency-Key": "broke" })).status).toBe(402);
    const replayed = await generate(BODY, { ...client, "Idempotency-Key": "broke" });
    expect(replayed.status).toBe(402);
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "10" });
    t.fakes().hf.script = ["500"];
    expect((await generate(BODY, { ...client, "Idempotency-Key": "flaky" })).status).toBe(502);
    const retried = await generate(BODY, { ...client, "Idempotency-Key": "flaky" });
    expect(retried.status).toBe(200);
    expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("a replay of a long generation returns its job, then its result once the job has finished", async () => {
    setEnv({ SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000" });
    const client = newClient();
    const body = { description: "a slow pan over the dunes", media_type: "video", tier: "premium", options: { duration_s: 2 } };
    const first = await generate(body, { ...client, "Idempotency-Key": "video-1" });
    expect(first.status).toBe(202);
    const job = await first.json<{ id: string }>();
    const running = await generate(body, { ...client, "Idempotency-Key": "video-1" });
    expect(running.status).toBe(202);
    expect(running.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await running.json()).toMatchObject({ id: job.id });
    const stub = env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(job.id));
    while (await runDurableObjectAlarm(stub));
    const done = await generate(body, { ...client, "Idempotency-Key": "video-1" });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ id: job.id, status: "succeeded", cost: 0.24 });
    expect(t.fakes().runway.calls.filter((c) => c.method === "POST")).toHaveLength(1);
  });
});
