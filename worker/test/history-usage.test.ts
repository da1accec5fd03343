import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, clearAll } from "./helpers";

type Item = { id: string; tier: string; media_type: string; project_id: string | null; cost: number; time_ms: number; timestamp: string; cached: boolean; url: string; description: string };
type History = { count: number; items: Item[]; next_cursor: string | null };

// A known history, written straight into D1 so tiers, costs and times are exactly what we say.
const ROWS = [
  { tier: "free", media: "image", cost: 0, time: 10, project: "alpha", cached: 0 },
  { tier: "budget", media: "image", cost: 1_200, time: 3_000, project: "alpha", cached: 0 },
  { tier: "budget", media: "image", cost: 0, time: 4, project: "beta", cached: 1 },
  { tier: "premium", media: "video", cost: 600_000, time: 40_000, project: null, cached: 0 },
  { tier: "free", media: "audio", cost: 0, time: 20, project: "beta", cached: 0 },
  { tier: "premium", media: "audio", cost: 20_000, time: 5_000, project: "alpha", cached: 0 },
  { tier: "free", media: "image", cost: 0, time: 30, project: null, cached: 0 },
] as const;
// Noon two days ago (UTC): inside the default 30-day series, all seven rows on one date.
const DAY = 86_400_000;
const T0 = Math.floor(Date.now() / DAY) * DAY - 2 * DAY + 12 * 3_600_000;
const T0_DATE = new Date(T0).toISOString().slice(0, 10);

beforeAll(async () => {
  await clearAll();
  const stmt = env.DB.prepare(
    `INSERT INTO generations (id, created_at, description, media_type, tier, provider, model, status, cost_micros, time_ms, r2_key, content_type, bytes, cached, project_id, client_id)
     VALUES (?, ?, ?, ?, ?, 'p', 'm', 'succeeded', ?, ?, ?, 'image/svg+xml', 100, ?, ?, 'local')`,
  );
  await env.DB.batch(
    ROWS.map((r, i) =>
      // Rows 1 and 2 share a timestamp: paging must still neither skip nor repeat one.
      stmt.bind(`id-${i}`, T0 + (i === 2 ? 1 : i) * 3_600_000, `item ${i}`, r.media, r.tier, r.cost, r.time, `id-${i}.svg`, r.cached, r.project),
    ),
  );
  // A pending job and a failed one are not history.
  await env.DB.prepare(
    `INSERT INTO generations (id, created_at, description, media_type, tier, provider, model, status, cost_micros, time_ms, cached, client_id)
     VALUES ('pending-1', ?, 'x', 'video', 'premium', 'p', 'm', 'pending', 0, 0, 0, 'local'), ('failed-1', ?, 'x', 'image', 'budget', 'p', 'm', 'failed', 0, 5, 0, 'local')`,
  )
    .bind(T0 + 99 * 3_600_000, T0 + 98 * 3_600_000)
    .run();
});

async function history(query = ""): Promise<History> {
  const res = await api(`/api/media/history${query}`);
  expect(res.status).toBe(200);
  return res.json<History>();
}

describe("GET /api/media/history", () => {
  it("lists succeeded generations newest first with the documented fields", async () => {
    const h = await history();
    expect(h.count).toBe(7);
    expect(h.items.map((i) => i.id)).toEqual(["id-6", "id-5", "id-4", "id-3", "id-2", "id-1", "id-0"]);
    expect(h.next_cursor).toBeNull();
    expect(h.items[3]).toEqual({
      id: "id-3",
      url: "http://api.test/api/media/files/id-3.svg",
      media_type: "video",
      tier: "premium",
      provider: "p",
      cost: 0.6,
      time_ms: 40_000,
      timestamp: new Date(T0 + 3 * 3_600_000).toISOString(),
      cached: false,
      content_type: "image/svg+xml",
      bytes: 100,
      description: "item 3",
      project_id: null,
    });
  });

  it("filters by tier, media type and project, alone and together", async () => {
    expect((await history("?tier=budget")).items.map((i) => i.id)).toEqual(["id-2", "id-1"]);
    expect((await history("?media_type=audio")).items.map((i) => i.id)).toEqual(["id-5", "id-4"]);
    expect((await history("?project_id=alpha")).items.map((i) => i.id)).toEqual(["id-5", "id-1", "id-0"]);
    expect((await history("?project_id=alpha&tier=free&media_type=image")).items.map((i) => i.id)).toEqual(["id-0"]);
    expect((await history("?project_id=nobody")).count).toBe(0);
  });

  it("pages with next_cursor without skipping or repeating items, even on equal timestamps", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const h: History = await history(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(h.count).toBeLessThanOrEqual(2);
      seen.push(...h.items.map((i) => i.id));
      cursor = h.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual(["id-6", "id-5", "id-4", "id-3", "id-2", "id-1", "id-0"]);
  });

  it.each(["?limit=0", "?limit=201", "?limit=abc", "?tier=gold", "?media_type=gif", "?cursor=not-a-cursor"])("rejects %s with 400", async (query) => {
    const res = await api(`/api/media/history${query}`);
    expect(res.status).toBe(400);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("invalid_request");
  });
});

describe("GET /api/media/usage", () => {
  it("totals per tier in SQL, consistent with history", async () => {
    const res = await api("/api/media/usage?days=366");
    expect(res.status).toBe(200);
    const usage = await res.json<{
      total_generated: number;
      total_cost: number;
      by_tier: Record<string, { count: number; total_cost: number; avg_time_ms: number }>;
      last_generation: string | null;
      daily: { date: string; count: number; total_cost: number }[];
    }>();
    expect(usage.by_tier).toEqual({
      free: { count: 3, total_cost: 0, avg_time_ms: 20 },
      budget: { count: 2, total_cost: 0.0012, avg_time_ms: 1502 },
      premium: { count: 2, total_cost: 0.62, avg_time_ms: 22_500 },
    });
    expect(usage.total_generated).toBe(7);
    expect(usage.total_cost).toBe(0.6212);
    expect(usage.last_generation).toBe(new Date(T0 + 6 * 3_600_000).toISOString());

    const h = await history("?limit=200");
    expect(usage.total_generated).toBe(h.items.length);
    expect(usage.total_cost).toBeCloseTo(h.items.reduce((n, i) => n + i.cost, 0), 9);
    for (const tier of ["free", "budget", "premium"]) {
      expect(usage.by_tier[tier]!.count).toBe(h.items.filter((i) => i.tier === tier).length);
    }
  });

  it("reports a gap-free daily series over the requested days, oldest first", async () => {
    const usage = await (await api("/api/media/usage?days=7")).json<{ daily: { date: string; count: number; total_cost: number }[] }>();
    expect(usage.daily).toHaveLength(7);
    expect(usage.daily.at(-1)!.date).toBe(new Date().toISOString().slice(0, 10));
    expect(usage.daily.find((d) => d.date === T0_DATE)).toEqual({ date: T0_DATE, count: 7, total_cost: 0.6212 });
    expect(usage.daily.filter((d) => d.count > 0)).toHaveLength(1);
    expect((await api("/api/media/usage?days=0")).status).toBe(400);
  });

  it("shows all three tiers at zero and last_generation null when there is no history", async () => {
    await clearAll();
    const usage = await (await api("/api/media/usage")).json();
    expect(usage).toMatchObject({
      total_generated: 0,
      total_cost: 0,
      by_tier: { free: { count: 0, total_cost: 0, avg_time_ms: 0 }, budget: { count: 0, total_cost: 0, avg_time_ms: 0 }, premium: { count: 0, total_cost: 0, avg_time_ms: 0 } },
      last_generation: null,
    });
  });
});
