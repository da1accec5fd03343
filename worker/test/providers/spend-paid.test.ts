import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { globalSpent } from "../../src/limits/spend";
import { type ErrorBody, FAKE_HF_KEY, FAKE_RUNWAY_KEY, generate, newClient, setEnv, snapshot, usePaidTiers } from "../helpers";

const t = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY, RUNWAY_API_KEY: FAKE_RUNWAY_KEY, RUNWAY_POLL_INTERVAL_MS: "60000" });
const spent = () => globalSpent(env);

describe("paid generations and the monthly spend limit", () => {
  it("refuses an explicit paid tier with 402 before calling the provider when the limit cannot cover it", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "0.001" });
    const res = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(res.status).toBe(402);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("spend_limit_reached");
    expect(body.error.message).toContain("$0.001");
    expect(t.fakes().hf.calls).toHaveLength(0);
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  it("auto skips paid tiers the limit cannot cover and says so", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "0" });
    const res = await generate({ description: "a fox" }, newClient());
    const body = await res.json<{ tier: string; fallback_reason: string }>();
    expect(body.tier).toBe("free");
    expect(body.fallback_reason).toContain("spend limit");
    expect(t.fakes().hf.calls.length + t.fakes().runway.calls.length).toBe(0);
  });

  it("counts each success once at its actual cost, and a failure not at all", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "10" });
    const before = await spent();
    const client = newClient();
    await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 }, cache: false }, client);
    t.fakes().hf.script = ["500"];
    await generate({ description: "a fox", tier: "budget", cache: false }, client);
    await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, client);
    await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, client); // cache hit (same owner): free
    expect((await spent()) - before).toBe(2 * 1_200);
  });

  it("a long job keeps its hold while running and settles its actual cost when it succeeds", async () => {
    setEnv({ MONTHLY_SPEND_LIMIT_USD: "10", SYNC_WAIT_MS: "0" });
    const before = await spent();
    t.fakes().runway.nextTask = [{ steps: ["RUNNING:0.5", "SUCCEEDED"] }];
    const res = await generate({ description: "waves", media_type: "video", tier: "premium", options: { duration_s: 3 } }, newClient());
    expect(res.status).toBe(202);
    const { id } = await res.json<{ id: string }>();
    expect(await spent()).toBe(before);
    await runDurableObjectAlarm(env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id)));
    expect((await spent()) - before).toBe(360_000);
  });
});
