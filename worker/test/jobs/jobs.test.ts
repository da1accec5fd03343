import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MediaJob } from "../../src/jobs/job";
import { api, BASE, captureLogs, FAKE_RUNWAY_KEY, generate, newClient, setEnv, sleep, snapshot, storesContain, usePaidTiers } from "../helpers";

// SYNC_WAIT_MS=0: generate looks at the task once and hands it to a job straight away.
// A long poll interval: alarms run only when a test drives them with runDurableObjectAlarm.
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000" });

type Job = { id: string; status: string; progress: number; poll_url: string; error?: { code: string; message: string }; url?: string; cost?: number; content_type?: string; bytes?: number };
// Jobs, history and usage are scoped to their owner: every request here comes from the same anonymous address.
const OWNER = { "CF-Connecting-IP": "2001:db8:10b::1" };
const stub = (id: string) => env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
const getJob = async (id: string) => api(`/api/media/jobs/${id}`, { headers: OWNER });
const row = (id: string) => env.DB.prepare("SELECT status, cost_micros, error, r2_key, bytes FROM generations WHERE id = ?").bind(id).first<Record<string, unknown>>();

async function startVideo(steps: string[], extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Job> {
  t.fakes().runway.nextTask = [{ steps: steps as never }];
  const res = await generate({ description: "a slow pan over mountains", media_type: "video", tier: "premium", options: { duration_s: 5 }, ...extra }, { ...OWNER, ...headers });
  expect(res.status).toBe(202);
  const job = await res.json<Job>();
  expect(res.headers.get("Location")).toBe(job.poll_url);
  return job;
}

describe("long generations: 202 and the job Durable Object", () => {
  it("answers 202 {id, status, progress, poll_url} and records a pending row that history does not list", async () => {
    const job = await startVideo(["PENDING", "RUNNING:0.4", "SUCCEEDED"]);
    expect(job).toMatchObject({ status: "pending", progress: 0, poll_url: `${BASE}/api/media/jobs/${job.id}`, tier: "premium", provider: "runway", media_type: "video" });
    expect(await row(job.id)).toMatchObject({ status: "pending", cost_micros: 0, r2_key: null });
    expect((await (await api("/api/media/history", { headers: OWNER })).json<{ count: number }>()).count).toBe(0);
    expect(await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => state.storage.getAlarm())).not.toBeNull();
  });

  it("goes pending -> running with progress -> succeeded as its alarm polls, then returns the generate body", async () => {
    const job = await startVideo(["PENDING", "RUNNING:0.4", "RUNNING:0.8", "SUCCEEDED"]);
    expect(await runDurableObjectAlarm(stub(job.id))).toBe(true);
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "running", progress: 0.4 });
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "running", progress: 0.8 });
    await runDurableObjectAlarm(stub(job.id));

    const done = await (await getJob(job.id)).json<Job>();
    expect(done).toMatchObject({ id: job.id, status: "succeeded", progress: 1, tier: "premium", media_type: "video", content_type: "video/mp4", cost: 0.6, cached: false });
    expect(done.url).toBe(`${BASE}/api/media/files/${job.id}.mp4`);
    const file = await api(new URL(done.url!).pathname);
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBe(done.bytes);
    expect(await row(job.id)).toMatchObject({ status: "succeeded", cost_micros: 600_000, error: null, r2_key: `${job.id}.mp4` });
    // Charged once: it now counts in usage, and another alarm changes nothing.
    expect(await runDurableObjectAlarm(stub(job.id))).toBe(false);
    const usage = await (await api("/api/media/usage", { headers: OWNER })).json<{ total_cost: number; by_tier: { premium: { count: number } } }>();
    expect(usage).toMatchObject({ total_cost: 0.6, by_tier: { premium: { count: 1 } } });
    // Polling stopped: the fake saw exactly the polls we drove (1 in generate + 3 alarms).
    expect(t.fakes().runway.calls.filter((c) => c.method === "GET" && c.url.includes("/v1/tasks/"))).toHaveLength(4);
    // The finished job filled the prompt cache: the same request is now answered at once, free.
    const again = await generate({ description: "a slow pan over mountains", media_type: "video", tier: "premium", options: { duration_s: 5 } }, OWNER);
    expect(again.status).toBe(200);
    expect(again.headers.get("X-Cache")).toBe("HIT");
    expect(await again.json()).toMatchObject({ url: done.url, cost: 0, cached: true });
  });

  it("records a FAILED task's failureCode, charges nothing and stores no file", async () => {
    const job = await startVideo(["RUNNING:0.1", "FAILED:SAFETY.OUTPUT.VIDEO"]);
    expect(job.status).toBe("running");
    await runDurableObjectAlarm(stub(job.id));
    const failed = await (await getJob(job.id)).json<Job>();
    expect(failed).toMatchObject({ status: "failed", error: { code: "SAFETY.OUTPUT.VIDEO" } });
    expect(failed.error!.message).toContain("SAFETY.OUTPUT.VIDEO");
    expect(await row(job.id)).toMatchObject({ status: "failed", cost_micros: 0, error: "SAFETY.OUTPUT.VIDEO", r2_key: null });
    expect((await snapshot()).files).toBe(0);
    expect(await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => state.storage.getAlarm())).toBeNull();
  });

  it("DELETE cancels at the provider and here: cancelled row, no cost, no file, and polling stops", async () => {
    const job = await startVideo(["RUNNING:0.2", "RUNNING:0.5", "SUCCEEDED"]);
    const res = await api(`/api/media/jobs/${job.id}`, { method: "DELETE", headers: OWNER });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "cancelled", error: { code: "CANCELLED" } });
    const del = t.fakes().runway.calls.find((c) => c.method === "DELETE");
    expect(del!.url).toMatch(/\/v1\/tasks\/[0-9a-f-]+$/);
    expect(del!.headers["x-runway-version"]).toBe("2024-11-06");
    expect(await row(job.id)).toMatchObject({ status: "cancelled", cost_micros: 0, error: "CANCELLED" });
    expect(await runDurableObjectAlarm(stub(job.id))).toBe(false);
    expect((await snapshot()).files).toBe(0);
    // Cancelling again is a conflict, not a second cancel.
    const again = await api(`/api/media/jobs/${job.id}`, { method: "DELETE", headers: OWNER });
    expect(again.status).toBe(409);
    expect(t.fakes().runway.calls.filter((c) => c.method === "DELETE")).toHaveLength(1);
  });

  it("gives up after JOB_MAX_MS: cancels the task at the provider and records TIMED_OUT at no cost", async () => {
    setEnv({ JOB_MAX_MS: "30" });
    const job = await startVideo(["RUNNING:0.1"]);
    await sleep(50);
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "failed", error: { code: "TIMED_OUT" } });
    expect(await row(job.id)).toMatchObject({ status: "failed", cost_micros: 0, error: "TIMED_OUT" });
    expect(t.fakes().runway.calls.some((c) => c.method === "DELETE")).toBe(true);
  });

  it("keeps polling through the provider's transient trouble without failing the job", async () => {
    const job = await startVideo(["RUNNING:0.3", "SUCCEEDED"]);
    const fakes = t.fakes();
    const original = fakes.runway.handle.bind(fakes.runway);
    let broken = true;
    fakes.runway.handle = async (req, signal) => (broken && req.url.includes("/v1/tasks/") ? new Response("overloaded", { status: 503 }) : original(req, signal));
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "running" });
    broken = false;
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "succeeded" });
  });

  it("a job started with the caller's own key keeps using it, sealed, and drops it when done", async () => {
    setEnv({ RUNWAY_API_KEY: undefined });
    const own = `key_${"c3".repeat(64)}`;
    t.fakes().runway.validKeys.add(own);
    const { result: job, logs } = await captureLogs(() => startVideo(["RUNNING:0.1", "SUCCEEDED"], {}, { "X-Runway-Key": own }));
    const sealed = await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => JSON.stringify(await state.storage.get("job")));
    expect(sealed).not.toContain(own);
    expect(sealed).toContain("sealedKeys");
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "succeeded" });
    expect(t.fakes().runway.calls.at(-2)!.headers.authorization).toBe(`Bearer ${own}`);
    const after = await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => (await state.storage.get<{ sealedKeys: unknown }>("job"))!.sealedKeys);
    expect(after).toBeNull();
    expect(logs).not.toContain(own);
    expect(await storesContain(own)).toEqual([]);
  });

  it("when storing the result fails, leaves no file, keeps the job and completes it on a later alarm, charged once", async () => {
    const job = await startVideo(["RUNNING:0.1", "SUCCEEDED"]);
    await env.DB.prepare("ALTER TABLE generations RENAME TO generations_away").run();
    try {
      await captureLogs(() => runDurableObjectAlarm(stub(job.id)));
      expect((await env.MEDIA.list()).objects).toHaveLength(0);
      expect(await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => state.storage.getAlarm())).not.toBeNull();
    } finally {
      await env.DB.prepare("ALTER TABLE generations_away RENAME TO generations").run();
    }
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "running" });
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "succeeded", cost: 0.6 });
    expect((await env.MEDIA.list()).objects.map((o) => o.key)).toEqual([`${job.id}.mp4`]);
    expect(await row(job.id)).toMatchObject({ status: "succeeded", cost_micros: 600_000 });
  });

  it("finishes on its own alarms with nobody polling", async () => {
    setEnv({ RUNWAY_POLL_INTERVAL_MS: "5" });
    const job = await startVideo(["PENDING", "RUNNING:0.5", "SUCCEEDED"]);
    let status = job.status;
    for (let i = 0; i < 100 && status !== "succeeded"; i++) {
      await sleep(20);
      status = (await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => (await state.storage.get<{ status: string }>("job"))!.status)) ?? status;
    }
    expect(status).toBe("succeeded");
    expect(await row(job.id)).toMatchObject({ status: "succeeded", cost_micros: 600_000 });
  });

  it("without KEY_ENCRYPTION_SECRET holds the caller's key in memory only, and never polls with the server's key instead", async () => {
    setEnv({ KEY_ENCRYPTION_SECRET: undefined });
    const own = `key_${"d4".repeat(64)}`;
    t.fakes().runway.validKeys.add(own);
    const job = await startVideo(["RUNNING:0.1", "SUCCEEDED"], {}, { "X-Runway-Key": own });
    const stored = await runInDurableObject(stub(job.id), async (_o: MediaJob, state) => JSON.stringify(await state.storage.get("job")));
    expect(stored).not.toContain(own);
    // Simulate the object restarting (memory lost): the job must fail cleanly rather than use RUNWAY_API_KEY.
    await runInDurableObject(stub(job.id), async (o: MediaJob) => {
      (o as unknown as { memoryKeys: unknown }).memoryKeys = null;
    });
    const before = t.fakes().runway.calls.length;
    await runDurableObjectAlarm(stub(job.id));
    expect(await (await getJob(job.id)).json()).toMatchObject({ status: "failed", error: { code: "KEY_UNAVAILABLE" } });
    expect(t.fakes().runway.calls.slice(before)).toEqual([]);
    expect(await row(job.id)).toMatchObject({ status: "failed", cost_micros: 0 });
  });

  it("auto: budget fails, premium goes long: 202, and the finished job says why budget was skipped", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: "hf_FakeKeyForTests0123456789abcdefXYZ" });
    t.fakes().hf.script = ["500"];
    t.fakes().runway.nextTask = [{ steps: ["THROTTLED", "SUCCEEDED"] }];
    const res = await generate({ description: "a fox at dusk" }, OWNER);
    expect(res.status).toBe(202);
    const job = await res.json<Job>();
    expect(job).toMatchObject({ status: "pending", tier: "premium" });
    await runDurableObjectAlarm(stub(job.id));
    const done = await (await getJob(job.id)).json<Job & { fallback_reason: string }>();
    expect(done).toMatchObject({ status: "succeeded", tier: "premium", cost: 0.05 });
    expect(done.fallback_reason).toContain("Hugging Face failed (500)");
    // A fallback result is not cached under the budget tier's key: next time budget may work again.
    expect((await env.CACHE.list()).keys).toHaveLength(0);
  });

  it("answers 404 for an unknown job and 400 for a malformed id", async () => {
    expect((await getJob(crypto.randomUUID())).status).toBe(404);
    expect((await getJob("not-a-uuid")).status).toBe(400);
    expect((await api(`/api/media/jobs/${crypto.randomUUID()}`, { method: "DELETE", headers: OWNER })).status).toBe(404);
  });
});

describe("handing a task to a job", () => {
  it("when the pending record cannot be written, never calls the provider and leaves nothing", async () => {
    t.fakes().runway.nextTask = [{ steps: ["RUNNING:0.1", "SUCCEEDED"] }];
    await env.DB.prepare("ALTER TABLE generations RENAME TO generations_away").run();
    let status: number;
    try {
      const { result } = await captureLogs(() => generate({ description: "a long pan", media_type: "video", tier: "premium" }, newClient()));
      status = result.status;
    } finally {
      await env.DB.prepare("ALTER TABLE generations_away RENAME TO generations").run();
    }
    expect(status).toBe(500);
    // The row is written ahead of the call: no row, no task (nothing to cancel, nothing billed).
    expect(t.fakes().runway.calls).toHaveLength(0);
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });
});
