import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Limiter } from "../src/limits/limiter";
import { generate, newClient, rowCount } from "./helpers";

// Bursts of 100 real requests: give them room on a loaded machine (the assertions are about counts, not speed).
describe("rate limits (Durable Object per client)", { timeout: 30_000 }, () => {
  it("admits exactly 30 of 100 simultaneous requests and answers the rest 429", async () => {
    const client = newClient();
    const before = await rowCount();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => generate({ description: `concurrent request ${i}`, cache: false }, client)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(70);
    expect((await rowCount()) - before).toBe(30);
  });

  it("sends RateLimit-Policy and RateLimit on every generate response, and Retry-After when limited", async () => {
    const client = newClient();
    const first = await generate({ description: "one" }, client);
    expect(first.headers.get("RateLimit-Policy")).toBe('"per-minute";q=30;w=60');
    expect(first.headers.get("RateLimit")).toBe('"per-minute";r=29;t=0');
    for (let i = 0; i < 29; i++) await generate({ description: `more ${i}` }, client);
    const limited = await generate({ description: "one too many" }, client);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("RateLimit")).toBe(`"per-minute";r=0;t=${retryAfter}`);
    const body = await limited.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("30");
  });

  it("counts clients separately by IP; an invented bearer is refused, not a fresh bucket", async () => {
    const a = newClient();
    for (let i = 0; i < 30; i++) await generate({ description: `a ${i}` }, a);
    expect((await generate({ description: "a again" }, a)).status).toBe(429);
    expect((await generate({ description: "b" }, newClient())).status).toBe(200);
    // Same IP with a made-up token: not a new client with its own limit, but a 401.
    const forged = await generate({ description: "c" }, { ...a, Authorization: "Bearer some-user-token" });
    expect(forged.status).toBe(401);
    expect((await forged.json<{ error: { code: string } }>()).error.code).toBe("invalid_api_key");
  });

  it("frees a slot as the oldest request leaves the 60 s window", async () => {
    const stub = env.LIMITER.get(env.LIMITER.idFromName("window-test"));
    await runInDurableObject(stub, (limiter: Limiter) => {
      const t0 = 1_000_000;
      expect(limiter.take(2, 60_000, t0).allowed).toBe(true);
      const second = limiter.take(2, 60_000, t0 + 10_000);
      expect(second).toEqual({ allowed: true, limit: 2, remaining: 0, resetMs: 50_000 });
      expect(limiter.take(2, 60_000, t0 + 59_999)).toEqual({ allowed: false, limit: 2, remaining: 0, resetMs: 1 });
      expect(limiter.take(2, 60_000, t0 + 60_000).allowed).toBe(true);
      expect(limiter.take(2, 60_000, t0 + 60_001).allowed).toBe(false);
    });
  });

  it("keeps the count exact when the object restarts, and past requests expire in one sweep", async () => {
    const stub = env.LIMITER.get(env.LIMITER.idFromName("restart-test"));
    await runInDurableObject(stub, (limiter: Limiter, state) => {
      const t0 = 2_000_000;
      for (let i = 0; i < 5; i++) expect(limiter.take(6, 60_000, t0 + i).allowed).toBe(true);
      // A fresh instance on the same storage (the object evicted and woken again) counts what the table holds.
      const woken = new Limiter(state, env);
      expect(woken.peek(6, 60_000, t0 + 10)).toEqual({ allowed: true, limit: 6, remaining: 1, resetMs: 0 });
      expect(woken.take(6, 60_000, t0 + 10)).toEqual({ allowed: true, limit: 6, remaining: 0, resetMs: 59_990 });
      expect(woken.take(6, 60_000, t0 + 11).allowed).toBe(false);
      // Three of the six leave the window together; the count follows.
      expect(woken.take(6, 60_000, t0 + 60_002)).toEqual({ allowed: true, limit: 6, remaining: 2, resetMs: 0 });
      expect(woken.peek(6, 60_000, t0 + 60_002)).toMatchObject({ remaining: 2 });
      expect(state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM hits").one().n).toBe(4);
    });
  });
});
