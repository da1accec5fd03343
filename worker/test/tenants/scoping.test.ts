import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import type { MediaJob } from "../../src/jobs/job";
import { admin, api, bearer, type CreatedKey, type ErrorBody, FAKE_HF_KEY, FAKE_RUNWAY_KEY, generate, newKey, usePaidTiers } from "../helpers";

// SYNC_WAIT_MS=0 turns every Runway task into a job at once; a long poll interval keeps alarms out of the way.
const paid = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY, RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "0", RUNWAY_POLL_INTERVAL_MS: "60000" });

type Item = { id: string; description: string };
type History = { count: number; items: Item[] };
type Usage = { total_generated: number; total_cost: number };

let a: CreatedKey;
let b: CreatedKey;
const anon = { "CF-Connecting-IP": "203.0.113.7" };
let A: Record<string, string>;
let B: Record<string, string>;

beforeEach(async () => {
  await env.DB.prepare("DELETE FROM api_keys").run();
  a = await newKey({ name: "a" });
  b = await newKey({ name: "b" });
  A = bearer(a.key);
  B = bearer(b.key);
});

const descriptions = async (path: string, headers: Record<string, string>) => {
  const res = await api(path, { headers });
  expect(res.status).toBe(200);
  return (await res.json<History>()).items.map((i) => i.description).sort();
};

describe("history and usage are the caller's own", () => {
  beforeEach(async () => {
    for (const [who, headers] of [["a", () => A], ["b", () => B], ["anon", () => anon]] as const) {
      expect((await generate({ description: `${who} picture`, tier: "free", project_id: "shared" }, headers())).status).toBe(200);
    }
  });

  it("two keys and an anonymous caller each see only their own history and usage", async () => {
    expect(await descriptions("/api/media/history", A)).toEqual(["a picture"]);
    expect(await descriptions("/api/media/history?project_id=shared", B)).toEqual(["b picture"]);
    expect(await descriptions("/api/media/history", anon)).toEqual(["anon picture"]);
    // Another anonymous address is another owner.
    expect(await descriptions("/api/media/history", { "CF-Connecting-IP": "203.0.113.8" })).toEqual([]);
    for (const headers of [A, B, anon]) {
      expect(await (await api("/api/media/usage", { headers })).json<Usage>()).toMatchObject({ total_generated: 1 });
    }
  });

  it("the admin sees everyone's, and ?client=<key id> narrows it to one key", async () => {
    expect(await descriptions("/api/media/history", admin)).toEqual(["a picture", "anon picture", "b picture"]);
    expect(await descriptions(`/api/media/history?client=${b.id}`, admin)).toEqual(["b picture"]);
    expect(await (await api("/api/media/usage", { headers: admin })).json<Usage>()).toMatchObject({ total_generated: 3 });
    expect(await (await api(`/api/media/usage?client=${a.id}`, { headers: admin })).json<Usage>()).toMatchObject({ total_generated: 1 });
    const unknown = await api(`/api/media/history?client=${crypto.randomUUID()}`, { headers: admin });
    expect(unknown.status).toBe(404);
    expect((await api("/api/media/history?client=nope", { headers: admin })).status).toBe(400);
  });

  it("a key may not ask for another client's generations (403), only its own", async () => {
    for (const path of [`/api/media/history?client=${b.id}`, `/api/media/usage?client=${b.id}`]) {
      const res = await api(path, { headers: A });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain("b picture");
    }
    expect((await api(`/api/media/history?client=${b.id}`, { headers: anon })).status).toBe(403);
    expect(await descriptions(`/api/media/history?client=${a.id}`, A)).toEqual(["a picture"]);
  });
});

describe("jobs are the caller's own", () => {
  it("another key or an anonymous caller gets the same 404 as for a job that does not exist, and cannot cancel it", async () => {
    paid.fakes().runway.nextTask = [{ steps: ["RUNNING:0.2", "SUCCEEDED"] }];
    const started = await generate({ description: "a slow pan", media_type: "video", tier: "premium", options: { duration_s: 5 } }, A);
    expect(started.status).toBe(202);
    const { id } = await started.json<{ id: string }>();
    const missing = await (await api(`/api/media/jobs/${crypto.randomUUID()}`, { headers: B })).json<ErrorBody>();

    for (const headers of [B, anon]) {
      for (const method of ["GET", "DELETE"]) {
        const res = await api(`/api/media/jobs/${id}`, { method, headers });
        expect(res.status).toBe(404);
        const body = await res.json<ErrorBody>();
        expect(body.error.code).toBe(missing.error.code);
        expect(body.error.message.replace(id, "<id>")).toBe(missing.error.message.replace(/[0-9a-f-]{36}/, "<id>"));
      }
    }
    // Still running, untouched: nobody else's DELETE reached the provider.
    expect(paid.fakes().runway.calls.filter((c) => c.method === "DELETE")).toHaveLength(0);
    const stub = env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
    expect(await runInDurableObject(stub, async (job: MediaJob) => (await job.view())?.status)).toBe("running");

    expect(await (await api(`/api/media/jobs/${id}`, { headers: admin })).json()).toMatchObject({ id, status: "running" });
    const cancelled = await api(`/api/media/jobs/${id}`, { method: "DELETE", headers: A });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
  });
});

describe("the prompt cache is per owner", () => {
  const req = { description: "a very specific owl", tier: "budget", options: { width: 64, height: 64 } };

  it("a result one owner paid for is never served to another, and X-Cache tells nobody it was asked before", async () => {
    const first = await generate(req, A);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    expect(await first.json()).toMatchObject({ cost: 0.0012 });
    for (const headers of [B, anon, admin]) {
      const other = await generate(req, headers);
      expect(other.headers.get("X-Cache")).toBe("MISS");
      expect(await other.json()).toMatchObject({ cost: 0.0012, cached: false });
    }
    const again = await generate(req, A);
    expect(again.headers.get("X-Cache")).toBe("HIT");
    expect(await again.json()).toMatchObject({ cost: 0, cached: true });
    expect(paid.fakes().hf.calls.filter((c) => c.method === "POST")).toHaveLength(4);
  });

  it.each([
    ["Cache-Control: no-store", { "Cache-Control": "no-store" }],
    ["Cache-Control: max-age=0", { "Cache-Control": "max-age=0" }],
    ["Cache-Control: no-cache, private", { "Cache-Control": "private, no-cache" }],
    ["Pragma: no-cache", { Pragma: "no-cache" }],
  ])("%s is not served from the cache", async (_what, headers) => {
    await generate({ description: "a red kite", tier: "free" }, A);
    const res = await generate({ description: "a red kite", tier: "free" }, { ...A, ...headers });
    expect(res.headers.get("X-Cache")).toBe("BYPASS");
    expect(await res.json()).toMatchObject({ cached: false });
  });

  it("Cache-Control: max-age=60 still may be served from the cache", async () => {
    await generate({ description: "a blue kite", tier: "free" }, A);
    expect((await generate({ description: "a blue kite", tier: "free" }, { ...A, "Cache-Control": "max-age=60" })).headers.get("X-Cache")).toBe("HIT");
  });
});
