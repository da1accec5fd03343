import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { api, clearAll, generate, kvKeys, newClient, rowCount } from "./helpers";

beforeEach(clearAll);

type Gen = { id: string; url: string; cached: boolean; cost: number; tier: string };

describe("prompt cache (KV)", () => {
  it("misses, then hits with the same url, cost 0 and a history row marked cached", async () => {
    const client = newClient();
    const first = await generate({ description: "a sunset over the sea" }, client);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const a = await first.json<Gen>();

    // Whitespace differences normalize to the same prompt.
    const second = await generate({ description: "  a sunset   over the sea " }, client);
    expect(second.status).toBe(200);
    expect(second.headers.get("X-Cache")).toBe("HIT");
    const b = await second.json<Gen>();
    expect(b.url).toBe(a.url);
    expect(b.id).not.toBe(a.id);
    expect(b).toMatchObject({ cached: true, cost: 0, tier: "free" });

    expect(await rowCount()).toBe(2);
    const row = await env.DB.prepare("SELECT cached, cost_micros FROM generations WHERE id = ?").bind(b.id).first();
    expect(row).toEqual({ cached: 1, cost_micros: 0 });
    expect((await env.MEDIA.list()).objects).toHaveLength(1);

    const history = await (await api("/api/media/history", { headers: client })).json<{ items: Gen[] }>();
    expect(history.items.map((i) => i.cached)).toEqual([true, false]);
  });

  it("keeps entries with a TTL and pointing at the R2 file, never holding the bytes", async () => {
    const g = await (await generate({ description: "pastel dots pattern" }, newClient())).json<Gen>();
    const [key] = await kvKeys();
    expect(key).toMatch(/^prompt:[0-9a-f]{64}$/);
    const value = await env.CACHE.get<Record<string, unknown>>(key!, "json");
    expect(value).toMatchObject({ r2Key: `${g.id}.svg`, contentType: "image/svg+xml", provider: "procedural" });
    expect(JSON.stringify(value).length).toBeLessThan(300);
    const [listed] = (await env.CACHE.list()).keys;
    const sevenDays = 7 * 24 * 3600;
    expect(listed!.expiration).toBeGreaterThan(Date.now() / 1000 + sevenDays - 120);
    expect(listed!.expiration).toBeLessThanOrEqual(Date.now() / 1000 + sevenDays + 1);
  });

  it("treats different options, media types or seeds as different prompts", async () => {
    const client = newClient();
    await generate({ description: "a forest" }, client);
    const seeded = await generate({ description: "a forest", options: { seed: 7 } }, client);
    expect(seeded.headers.get("X-Cache")).toBe("MISS");
    const sized = await generate({ description: "a forest", options: { width: 640, height: 480 } }, client);
    expect(sized.headers.get("X-Cache")).toBe("MISS");
    expect(await kvKeys()).toHaveLength(3);
  });

  it('is bypassed by "cache": false and by Cache-Control: no-cache, which also leave it untouched', async () => {
    const client = newClient();
    const a = await (await generate({ description: "a city skyline" }, client)).json<Gen>();
    const viaBody = await generate({ description: "a city skyline", cache: false }, client);
    expect(viaBody.headers.get("X-Cache")).toBe("BYPASS");
    const viaHeader = await generate({ description: "a city skyline" }, { ...client, "Cache-Control": "no-cache" });
    expect(viaHeader.headers.get("X-Cache")).toBe("BYPASS");
    for (const res of [viaBody, viaHeader]) {
      const g = await res.json<Gen>();
      expect(g.cached).toBe(false);
      expect(g.url).not.toBe(a.url);
    }
    expect(await kvKeys()).toHaveLength(1);
    const again = await generate({ description: "a city skyline" }, client);
    expect((await again.json<Gen>()).url).toBe(a.url);
  });

  it("regenerates when the cached file has gone, rather than returning a dead url", async () => {
    const client = newClient();
    const a = await (await generate({ description: "night sky with stars" }, client)).json<Gen>();
    await env.MEDIA.delete(`${a.id}.svg`);
    const res = await generate({ description: "night sky with stars" }, client);
    expect(res.headers.get("X-Cache")).toBe("MISS");
    const b = await res.json<Gen>();
    expect(b.url).not.toBe(a.url);
    expect((await api(new URL(b.url).pathname)).status).toBe(200);
  });
});
