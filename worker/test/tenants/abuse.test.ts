import { listDurableObjectIds } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { AUTH_FAILURES_PER_MINUTE } from "../../src/auth/caller";
import { parseAnonymousTiers } from "../../src/config";
import { admin, api, bearer, type ErrorBody, FAKE_HF_KEY, generate, newClient, newKey, postJson, setEnv, usePaidTiers } from "../helpers";

const paid = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
beforeEach(async () => {
  await env.DB.prepare("DELETE FROM api_keys").run();
});

const ids = async <T extends Rpc.DurableObjectBranded | undefined>(ns: DurableObjectNamespace<T>) => new Set((await listDurableObjectIds(ns)).map((id) => id.toString()));
const estimate = (body: unknown, headers: Record<string, string>) => postJson("/api/media/estimate", body, headers);
const code = async (res: Response) => (await res.json<ErrorBody>()).error.code;

describe("invented identities", () => {
  it("refuses random bearers with 401 and creates no Durable Object for them (one shared failure counter at most)", async () => {
    const limiters = await ids(env.LIMITER);
    const jobs = await ids(env.MEDIA_JOBS);
    const statuses: number[] = [];
    // 3 addresses x 10 attempts: all within the per-IP allowance, so every one is a 401.
    for (let ip = 0; ip < 3; ip++) {
      const client = { "CF-Connecting-IP": `198.51.100.${ip + 1}` };
      for (let i = 0; i < AUTH_FAILURES_PER_MINUTE; i++) {
        const token = i % 2 ? crypto.randomUUID() : `emk_${crypto.randomUUID().replaceAll("-", "")}`;
        statuses.push((await generate({ description: "x" }, { ...client, Authorization: `Bearer ${token}` })).status);
      }
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const created = [...(await ids(env.LIMITER))].filter((id) => !limiters.has(id));
    expect(created.length).toBeLessThanOrEqual(1);
    if (created.length) expect(created[0]).toBe(env.LIMITER.idFromName("auth-failures").toString());
    expect(await ids(env.MEDIA_JOBS)).toEqual(jobs);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM generations").first<{ n: number }>())!.n).toBe(0);
    // The measure does see objects being made: a real anonymous caller gets its rate-limit object.
    const known = await ids(env.LIMITER);
    await generate({ description: "x", tier: "free" }, newClient());
    expect((await ids(env.LIMITER)).size).toBe(known.size + 1);
  });

  it("looks up job ids that do not exist without creating a Durable Object", async () => {
    const before = await ids(env.MEDIA_JOBS);
    const client = newClient();
    for (let i = 0; i < 20; i++) {
      const id = crypto.randomUUID();
      expect((await api(`/api/media/jobs/${id}`, { headers: client })).status).toBe(404);
      expect((await api(`/api/media/jobs/${id}`, { method: "DELETE", headers: client })).status).toBe(404);
    }
    expect(await ids(env.MEDIA_JOBS)).toEqual(before);
  });
});

describe("failed authentication is limited per IP", () => {
  it(`answers 401 ${AUTH_FAILURES_PER_MINUTE} times, then 429 with Retry-After, even for the right token, from that IP only`, async () => {
    const attacker = { "CF-Connecting-IP": "192.0.2.66" };
    const key = await newKey();
    const results: number[] = [];
    for (let i = 0; i < 60; i++) results.push((await api("/api/keys", { headers: { ...attacker, Authorization: `Bearer wrong-${i}` } })).status);
    expect(results.slice(0, AUTH_FAILURES_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(results.slice(AUTH_FAILURES_PER_MINUTE).every((s) => s === 429)).toBe(true);

    const locked = await api("/api/keys", { headers: { ...attacker, ...admin } });
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await code(locked)).toBe("too_many_auth_failures");
    // Another address is not affected; a client key (too long to guess) is not held up by it either.
    expect((await api("/api/keys", { headers: { "CF-Connecting-IP": "192.0.2.67", ...admin } })).status).toBe(200);
    expect((await generate({ description: "x", tier: "free" }, { ...attacker, ...bearer(key.key) })).status).toBe(200);
  });
});

describe("/estimate has its own limit", () => {
  it("allows ten estimates per allowed generation, then 429, without touching the generate window", async () => {
    setEnv({ ANONYMOUS_RATE_LIMIT_PER_MINUTE: "2" });
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await estimate({ description: `e ${i}`, tier: "free" }, client)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const limited = await estimate({ description: "one more", tier: "free" }, client);
    expect(limited.status).toBe(429);
    expect((await limited.json<ErrorBody>()).error.message).toContain("20 estimates per minute");
    expect(limited.headers.get("Retry-After")).toBeTruthy();
    expect((await generate({ description: "still fine", tier: "free" }, client)).status).toBe(200);
  });
});

describe("anonymous callers", () => {
  it("are held to ANONYMOUS_TIERS (free): no paid tier, auto stays free, a key may still use it", async () => {
    setEnv({ ANONYMOUS_TIERS: "free" });
    const client = newClient();
    for (const res of [await generate({ description: "a fox", tier: "budget" }, client), await estimate({ description: "a fox", tier: "budget" }, client)]) {
      expect(res.status).toBe(403);
      expect(await code(res)).toBe("tier_not_allowed");
    }
    expect(await (await generate({ description: "a fox" }, client)).json()).toMatchObject({ tier: "free", cost: 0 });
    expect(paid.fakes().hf.calls).toHaveLength(0);
    expect(await (await api("/api/keys/me", { headers: client })).json()).toMatchObject({ caller: "anonymous", tiers: ["free"], rate_limit_per_minute: 30 });
    const key = await newKey({ tiers: ["budget"] });
    expect(await (await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, bearer(key.key))).json()).toMatchObject({ tier: "budget" });
  });

  it("are limited per IP by ANONYMOUS_RATE_LIMIT_PER_MINUTE", async () => {
    setEnv({ ANONYMOUS_RATE_LIMIT_PER_MINUTE: "3" });
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await generate({ description: `n ${i}`, tier: "free" }, client)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await generate({ description: "other address", tier: "free" }, newClient())).status).toBe(200);
  });

  it("with ANONYMOUS_TIERS=none need a key for everything but status, docs, the OpenAPI document and files", async () => {
    const file = await (await generate({ description: "made while open", tier: "free" }, newClient())).json<{ url: string }>();
    setEnv({ ANONYMOUS_TIERS: "none" });
    const client = newClient();
    const closed = [
      await generate({ description: "x", tier: "free" }, client),
      await estimate({ description: "x", tier: "free" }, client),
      await api("/api/media/history", { headers: client }),
      await api("/api/media/usage", { headers: client }),
      await api(`/api/media/jobs/${crypto.randomUUID()}`, { headers: client }),
      await api("/api/keys/me", { headers: client }),
    ];
    for (const res of closed) {
      expect(res.status).toBe(401);
      expect(await code(res)).toBe("api_key_required");
    }
    for (const path of ["/api/media/status", "/api/docs", "/api/openapi.json", new URL(file.url).pathname]) {
      expect((await api(path, { headers: client })).status).toBe(200);
    }
    const key = await newKey();
    expect((await generate({ description: "x", tier: "free" }, bearer(key.key))).status).toBe(200);
  });

  it("read an unreadable ANONYMOUS_TIERS as free, never as more", () => {
    expect(parseAnonymousTiers("free")).toEqual(["free"]);
    expect(parseAnonymousTiers(" Budget , free")).toEqual(["free", "budget"]);
    expect(parseAnonymousTiers("all")).toEqual(["free", "budget", "premium"]);
    expect(parseAnonymousTiers("none")).toEqual([]);
    for (const odd of ["fre", "", undefined, "free,gold", "*"]) expect(parseAnonymousTiers(odd)).toEqual(["free"]);
  });
});
