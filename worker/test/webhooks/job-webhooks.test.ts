import { runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { newWebhookSecret } from "../../src/webhooks/sign";
import { api, type ErrorBody, FAKE_RUNWAY_KEY, generate, jsonInit, newClient, postJson, setEnv, snapshot, usePaidTiers } from "../helpers";
import { eventually, Receiver, routeFetch } from "./receiver";

// Premium video answers 202 at once (SYNC_WAIT_MS=0); alarms run when the test drives them; retries come at once.
const t = usePaidTiers({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000", WEBHOOK_RETRY_BASE_S: "0" });
const HOOK = "https://hooks.example.com/media";
let receiver: Receiver;

beforeEach(async () => {
  const secret = newWebhookSecret();
  setEnv({ WEBHOOK_SECRET: secret });
  receiver = new Receiver(secret);
  vi.spyOn(globalThis, "fetch").mockImplementation(routeFetch(receiver, t.fakes().handle));
  await env.DB.prepare("DELETE FROM webhook_deliveries").run();
  await env.DB.prepare("DELETE FROM webhook_attempts").run();
});

const stub = (id: string) => env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
type Job = { id: string; status: string; webhook?: { status: string; attempts: number; last_error: string | null } };
/** The jobs here belong to one anonymous caller: reads use the same identity (jobs are owner-scoped). */
const who = newClient();
const jobView = async (id: string) => (await api(`/api/media/jobs/${id}`, { headers: who })).json<Job>();

async function startVideo(steps: string[], body: Record<string, unknown> = {}, url = "/api/media/generate"): Promise<Job> {
  t.fakes().runway.nextTask = [{ steps: steps as never }];
  const res = await postJson(url, { description: "a slow pan over mountains", media_type: "video", tier: "premium", webhook_url: HOOK, ...body }, who);
  expect(res.status).toBe(202);
  return res.json<Job>();
}

describe("webhook_url on generate: the final state of a 202 job, POSTed and signed", () => {
  it("POSTs generation.succeeded with the result, verified by the receiver; the job shows waiting, then delivered", async () => {
    const job = await startVideo(["RUNNING:0.5", "SUCCEEDED"]);
    expect(job.webhook).toEqual({ status: "waiting", attempts: 0, last_error: null });
    await runDurableObjectAlarm(stub(job.id));
    await eventually(async () => (await jobView(job.id)).webhook?.status === "delivered");
    expect((await jobView(job.id)).webhook).toEqual({ status: "delivered", attempts: 1, last_error: null });
    expect(receiver.received).toHaveLength(1);
    const [hook] = receiver.received;
    expect(hook!.verified).toBe(true);
    expect(hook!.body).toMatchObject({ type: "generation.succeeded", data: { id: job.id, status: "succeeded", progress: 1, media_type: "video", cost: 0.6 } });
    expect((hook!.body as { data: { url: string } }).data.url).toMatch(new RegExp(`/api/media/files/${job.id}\\.mp4$`));
  });

  it("POSTs generation.failed with the provider's reason, and generation.cancelled after DELETE", async () => {
    const failing = await startVideo(["RUNNING:0.1", "FAILED:SAFETY.OUTPUT.VIDEO"]);
    await runDurableObjectAlarm(stub(failing.id));
    const cancelled = await startVideo(["RUNNING:0.1", "SUCCEEDED"]);
    expect((await api(`/api/media/jobs/${cancelled.id}`, { method: "DELETE", headers: who })).status).toBe(200);
    await eventually(async () => receiver.received.length === 2);
    const byId = Object.fromEntries(receiver.received.map((r) => [(r.body as { data: { id: string } }).data.id, r.body]));
    expect(byId[failing.id]).toMatchObject({ type: "generation.failed", data: { status: "failed", error: { code: "SAFETY.OUTPUT.VIDEO" } } });
    expect(byId[cancelled.id]).toMatchObject({ type: "generation.cancelled", data: { status: "cancelled", error: { code: "CANCELLED" } } });
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });

  it("shows a failing receiver's attempts and last error on the job, until it gives up", async () => {
    setEnv({ WEBHOOK_MAX_ATTEMPTS: "2" });
    receiver.script = [500, 500];
    const job = await startVideo(["RUNNING:0.5", "SUCCEEDED"]);
    await runDurableObjectAlarm(stub(job.id));
    await eventually(async () => (await jobView(job.id)).webhook?.status === "failed");
    expect((await jobView(job.id)).webhook).toEqual({ status: "failed", attempts: 2, last_error: "receiver answered 500" });
    expect((await jobView(job.id)).status).toBe("succeeded"); // the job's outcome never depends on its webhook
  });

  it("sends nothing for a generation that answered 200 at once (its response is the result)", async () => {
    const res = await generate({ description: "a red circle", tier: "free", webhook_url: HOOK }, newClient());
    expect(res.status).toBe(200);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM webhook_deliveries").first<{ n: number }>())!.n).toBe(0);
  });
});

describe("webhook_url checks at request time", () => {
  it("refuses unacceptable URLs with a clear 400 before anything is generated, limited or charged", async () => {
    const before = await snapshot();
    const cases: [string, string][] = [
      ["http://hooks.example.com/h", "must use https"],
      ["https://10.0.0.5/h", "private, loopback or link-local"],
      ["https://169.254.169.254/latest", "private, loopback or link-local"],
      ["https://[::1]/h", "private, loopback or link-local"],
      ["https://localhost:9000/h", "private, loopback or link-local"],
      [`https://hooks.example.com/${"x".repeat(2000)}`, "at most 2000 characters"],
      ["javascript:alert(1)", "must use https"],
      ["hooks.example.com/h", "not a valid absolute URL"],
    ];
    for (const [url, why] of cases) {
      const res = await generate({ description: "a slow pan", media_type: "video", tier: "premium", webhook_url: url }, newClient());
      expect(res.status, url.slice(0, 60)).toBe(400);
      const body = await res.json<ErrorBody>();
      expect(body.error.code).toBe("invalid_webhook_url");
      expect(body.error.message).toContain("webhook_url");
      expect(body.error.message).toContain(why);
    }
    expect(await snapshot()).toEqual(before);
    expect(t.fakes().runway.calls).toHaveLength(0);
  });

  it("allows http://localhost receivers only when the worker itself runs on localhost (wrangler dev)", async () => {
    const body = JSON.stringify({ description: "a slow pan", media_type: "video", tier: "premium", webhook_url: "http://localhost:9000/hook" });
    const init = jsonInit(body);
    const local = await exports.default.fetch(new Request("http://localhost:8787/api/media/generate", init));
    expect(local.status).toBe(202);
    const deployed = await exports.default.fetch(new Request("https://media.example.com/api/media/generate", init));
    expect(deployed.status).toBe(400);
    expect((await deployed.json<ErrorBody>()).error.message).toContain("must use https");
  });

  it("answers 409 when no signing secret is configured", async () => {
    setEnv({ WEBHOOK_SECRET: undefined });
    const res = await generate({ description: "a slow pan", media_type: "video", tier: "premium", webhook_url: HOOK }, newClient());
    expect(res.status).toBe(409);
    expect((await res.json<ErrorBody>()).error).toMatchObject({ code: "webhooks_not_configured" });
  });
});
