import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { globalSpent, ledgerStub, GLOBAL_LEDGER, spendPeriod } from "../../src/limits/spend";
import { getJob } from "../../src/jobs/rpc";
import { reconcile } from "../../src/money/reconcile";
import { runGeneration } from "../../src/pipeline/generate";
import type { PaidStep } from "../../src/pipeline/steps";
import type { ProviderContext } from "../../src/providers/provider";
import { candidates } from "../../src/providers/registry";
import { GenerateRequestSchema, type Tier } from "../../src/schemas";
import { ADMIN, api, BASE, FAKE_HF_KEY, FAKE_RUNWAY_KEY, sleep, usePaidTiers } from "../helpers";

const t = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY, RUNWAY_API_KEY: FAKE_RUNWAY_KEY, MONTHLY_SPEND_LIMIT_USD: "10" });
const HOUR = 3600_000;

/**
 * Runs one generation and "kills" it right after `step`: the checkpoint never returns, so no later line of
 * the pipeline runs, and no catch or finally either (a thrown error would run the cleanup a kill skips).
 * What is left in D1, R2, the ledger and the job objects is exactly what a kill there leaves.
 */
async function generateAndKill(tier: Tier, step: PaidStep | null, description = "a lighthouse at dusk") {
  const request = GenerateRequestSchema.parse({ description, tier, cache: false });
  const ctx: ProviderContext = { env, fetch: (input, init) => fetch(input, init), byok: {} };
  let killed!: () => void;
  const reached = new Promise<"killed">((resolve) => (killed = () => resolve("killed")));
  const run = runGeneration({
    request,
    providers: await candidates(request.tier, request.media_type, ctx),
    useCache: false,
    clientId: "crash-test",
    requestUrl: `${BASE}/api/media/generate`,
    ctx,
    checkpoint: async (at) => {
      if (at !== step) return;
      killed();
      await new Promise<never>(() => undefined);
    },
  });
  return Promise.race([run.then(() => "finished" as const), reached]);
}

/**
 * Job objects live on after a kill (their alarms are durable): let each finish, as production would. An alarm
 * may also be firing on its own just then (runDurableObjectAlarm answers false while it runs), so each job is
 * driven until it has ended, not merely until no alarm is waiting.
 */
async function driveJobs(): Promise<void> {
  const ids = (await env.DB.prepare("SELECT id FROM generations WHERE task IS NOT NULL").all<{ id: string }>()).results;
  for (const { id } of ids) {
    const stub = env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
    for (let i = 0; i < 50; i++) {
      const job = await getJob(env, id);
      if (!job || !["pending", "running"].includes(job.status)) break;
      if (!(await runDurableObjectAlarm(stub))) await sleep(20);
    }
  }
}

async function expectInvariant(spentBefore: number): Promise<void> {
  const fakes = t.fakes();
  const billed = fakes.hf.billedMicros + fakes.runway.billedMicros;
  const d1 = await env.DB.prepare("SELECT coalesce(sum(cost_micros), 0) AS m, count(*) AS n, sum(status = 'pending') AS pending, sum(holds_open) AS open FROM generations").first<{ m: number; pending: number; open: number }>();
  // Sum of settled spend = sum of costs in D1 = what the providers billed.
  expect((await globalSpent(env)) - spentBefore).toBe(billed);
  expect(d1!.m).toBe(billed);
  // No held money, nothing left pending.
  expect(await ledgerStub(env, GLOBAL_LEDGER).held(spendPeriod())).toBe(0);
  expect(d1!.pending ?? 0).toBe(0);
  expect(d1!.open ?? 0).toBe(0);
  // No file without a row, no row without a file.
  const files = (await env.MEDIA.list()).objects.map((o) => o.key).sort();
  const rows = (await env.DB.prepare("SELECT r2_key FROM generations WHERE status = 'succeeded'").all<{ r2_key: string }>()).results.map((r) => r.r2_key).sort();
  expect(files).toEqual(rows);
}

const HF_STEPS: PaidStep[] = ["pending_row", "hold", "provider_answered", "file_put", "row_committed", "settled"];
const RUNWAY_STEPS: PaidStep[] = ["pending_row", "hold", "task_created", "job_started", "provider_answered", "file_put", "row_committed", "settled"];

describe("a kill at any step of a paid generation loses no money and leaves no stray work", { timeout: 30_000 }, () => {
  for (const [tier, steps] of [["budget", HF_STEPS], ["premium", RUNWAY_STEPS]] as const) {
    for (const step of steps) {
      it(`${tier}: killed after ${step}, then the reconciler: settled = D1 costs = billed, nothing held, files match rows`, async () => {
        const before = await globalSpent(env);
        expect(await generateAndKill(tier, step)).toBe("killed");
        // The reconciler an hour later (it treats a pending row as dead after a few minutes; files after an hour).
        await reconcile(env, Date.now() + 2 * HOUR);
        await driveJobs();
        await reconcile(env, Date.now() + 2 * HOUR);
        await expectInvariant(before);
      });
    }
  }

  it("a burst of kills at mixed steps, then one reconciler run, still adds up", async () => {
    const before = await globalSpent(env);
    const kills: [Tier, PaidStep | null][] = [
      ["budget", "hold"],
      ["budget", "provider_answered"],
      ["budget", "file_put"],
      ["budget", null],
      ["premium", "task_created"],
      ["premium", "provider_answered"],
      ["premium", null],
    ];
    await Promise.all(kills.map(([tier, step], i) => generateAndKill(tier, step, `a lighthouse, take ${i}`)));
    await reconcile(env, Date.now() + 2 * HOUR);
    await driveJobs();
    await reconcile(env, Date.now() + 2 * HOUR);
    await expectInvariant(before);
    expect(t.fakes().hf.billedMicros).toBeGreaterThan(0);
    expect(t.fakes().runway.billedMicros).toBeGreaterThan(0);
  });

  it("a task created but never handed to a job is cancelled at the provider, failed at no cost", async () => {
    expect(await generateAndKill("premium", "task_created")).toBe("killed");
    const report = await reconcile(env, Date.now() + 2 * HOUR);
    expect(report).toMatchObject({ checked: 1, cancelled_tasks: 1, failed: 1 });
    expect(t.fakes().runway.calls.filter((c) => c.method === "DELETE")).toHaveLength(1);
    expect(await env.DB.prepare("SELECT status, cost_micros, error FROM generations").first()).toEqual({ status: "failed", cost_micros: 0, error: "ABANDONED" });
  });

  it("a billed image whose file was stored is finished by the reconciler, not thrown away", async () => {
    expect(await generateAndKill("budget", "file_put")).toBe("killed");
    expect(await reconcile(env, Date.now() + 2 * HOUR)).toMatchObject({ checked: 1, committed: 1 });
    const row = await env.DB.prepare("SELECT status, cost_micros FROM generations").first<{ status: string; cost_micros: number }>();
    expect(row).toEqual({ status: "succeeded", cost_micros: t.fakes().hf.billedMicros });
  });

  it("leaves a young pending row (its request may still be running) and a young file alone", async () => {
    expect(await generateAndKill("budget", "file_put")).toBe("killed");
    expect(await reconcile(env)).toMatchObject({ checked: 0, orphan_files_deleted: 0 });
    expect((await env.MEDIA.list()).objects).toHaveLength(1);
    expect(await ledgerStub(env, GLOBAL_LEDGER).held(spendPeriod())).toBeGreaterThan(0);
    await reconcile(env, Date.now() + 2 * HOUR);
  });

  it("POST /api/admin/reconcile runs it for the admin only", async () => {
    expect((await api("/api/admin/reconcile", { method: "POST" })).status).toBe(401);
    const res = await api("/api/admin/reconcile", { method: "POST", headers: { Authorization: `Bearer ${ADMIN}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ checked: 0, committed: 0, failed: 0, orphan_files_deleted: 0 });
  });
});
