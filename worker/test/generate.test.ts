import { env } from "cloudflare:workers";
import { XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROVIDERS } from "../src/providers/registry";
import { ProviderError, type Provider } from "../src/providers/provider";
import { api, BASE, clearAll, generate, newClient, postJson, r2Keys, snapshot } from "./helpers";

beforeEach(clearAll);

describe("POST /api/media/generate (free tier)", () => {
  it("generates an SVG, stores it in R2, records it in D1 and serves it at an absolute URL", async () => {
    const res = await generate({ description: "A professional wireframe of a dashboard", project_id: "acme" }, newClient());
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Cache")).toBe("MISS");
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({ media_type: "image", tier: "free", provider: "procedural", cost: 0, cached: false, content_type: "image/svg+xml" });
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(typeof body.time_ms).toBe("number");
    const url = new URL(body.url as string);
    expect(url.origin).toBe(BASE);
    expect(url.pathname).toBe(`/api/media/files/${body.id}.svg`);

    const row = await env.DB.prepare("SELECT * FROM generations WHERE id = ?").bind(body.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ tier: "free", status: "succeeded", cost_micros: 0, cached: 0, project_id: "acme", r2_key: `${body.id}.svg`, client_id: "ip:2001:db8::1" });
    const object = await env.MEDIA.get(`${body.id}.svg`);
    const svg = await object!.text();
    expect(row!.bytes).toBe(new TextEncoder().encode(svg).byteLength);
    expect(XMLValidator.validate(svg)).toBe(true);

    const file = await api(url.pathname);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(svg);
  });

  it("lets the description shape the picture", async () => {
    const client = newClient();
    const a = await (await generate({ description: "a red bar chart of sales", cache: false }, client)).json<{ url: string }>();
    const b = await (await generate({ description: "a calm blue ocean at night", cache: false }, client)).json<{ url: string }>();
    const [svgA, svgB] = await Promise.all([a, b].map(async (g) => (await api(new URL(g.url).pathname)).text()));
    expect(svgA).not.toBe(svgB);
    expect(svgA).toContain("sales");
  });

  it("refuses an unconfigured paid tier with a 409 naming the tier, recording nothing", async () => {
    for (const tier of ["budget", "premium"]) {
      const res = await generate({ description: "a cat", tier }, newClient());
      expect(res.status).toBe(409);
      const body = await res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe("tier_not_configured");
      expect(body.error.message).toContain(tier);
    }
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  it("auto picks the free tier when nothing else is configured", async () => {
    const res = await generate({ description: "a logo for Acme", tier: "auto" }, newClient());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tier: "free" });
  });
});

describe("providers behind the pipeline", () => {
  const saved = { ...PROVIDERS };
  afterEach(() => Object.assign(PROVIDERS, saved));

  function fakeProvider(over: Partial<Provider>): Provider {
    return {
      id: "fake",
      tier: "budget",
      label: "Fake",
      mediaTypes: ["image"],
      isConfigured: async () => true,
      estimate: () => ({ costMicros: 1_200, timeMs: 3000 }),
      generate: async () => ({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: "image/png", extension: "png", costMicros: 1_200, model: "fake-1" }),
      ...over,
    };
  }

  it("answers 422 naming the supported media types when a tier cannot make the request", async () => {
    PROVIDERS.budget = fakeProvider({});
    const res = await generate({ description: "a drone shot", media_type: "video", tier: "budget" }, newClient());
    expect(res.status).toBe(422);
    const body = await res.json<{ error: { code: string; message: string; details: { supported: string[] } } }>();
    expect(body.error.code).toBe("unsupported_media_type");
    expect(body.error.details.supported).toEqual(["image"]);
    expect(body.error.message).toContain("image");
  });

  it("records the provider's cost in micro-dollars and reports it in dollars", async () => {
    PROVIDERS.budget = fakeProvider({});
    const res = await generate({ description: "a photo of a fox", tier: "budget" }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<{ id: string; cost: number; tier: string; content_type: string }>();
    expect(body).toMatchObject({ cost: 0.0012, tier: "budget", content_type: "image/png" });
    const row = await env.DB.prepare("SELECT cost_micros FROM generations WHERE id = ?").bind(body.id).first<{ cost_micros: number }>();
    expect(row!.cost_micros).toBe(1_200);
  });

  it("an explicit tier whose provider fails gets its error, with no row, no file and no cache entry", async () => {
    PROVIDERS.budget = fakeProvider({
      generate: async () => {
        throw new ProviderError("fake", 503, "model is loading");
      },
    });
    const res = await generate({ description: "a photo of a fox", tier: "budget" }, newClient());
    expect(res.status).toBe(503);
    expect((await res.json<{ error: { message: string } }>()).error.message).toContain("model is loading");
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });

  it("auto falls through a failing provider to the next tier", async () => {
    PROVIDERS.budget = fakeProvider({
      generate: async () => {
        throw new ProviderError("fake", 502, "bad gateway");
      },
    });
    const res = await generate({ description: "a photo of a fox" }, newClient());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tier: "free", cost: 0 });
    expect((await snapshot()).rows).toBe(1);
  });

  it("removes the stored file when the D1 record cannot be written", async () => {
    await env.DB.prepare("ALTER TABLE generations RENAME TO generations_away").run();
    try {
      const res = await generate({ description: "a square icon" }, newClient());
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: { code: "internal_error", message: "internal error" } });
      expect(await r2Keys()).toEqual([]);
    } finally {
      await env.DB.prepare("ALTER TABLE generations_away RENAME TO generations").run();
    }
  });
});

describe("POST /api/media/estimate", () => {
  it("returns the tier auto would pick, its cost and time, and echoes the description", async () => {
    const res = await postJson("/api/media/estimate", { description: "A professional wireframe..." });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      tier: "free",
      provider: "procedural",
      media_type: "image",
      estimated_cost: 0,
      estimated_time_ms: expect.any(Number),
      description: "A professional wireframe...",
    });
  });

  it("prices a paid tier from the same table generate records from", async () => {
    const saved = PROVIDERS.budget;
    PROVIDERS.budget = {
      ...PROVIDERS.free!,
      id: "fake",
      tier: "budget",
      estimate: () => ({ costMicros: 1_200, timeMs: 3500 }),
    };
    try {
      const res = await postJson("/api/media/estimate", { description: "x", tier: "auto" });
      expect(await res.json()).toMatchObject({ tier: "budget", estimated_cost: 0.0012, estimated_time_ms: 3500 });
    } finally {
      PROVIDERS.budget = saved;
    }
  });

  it("refuses an unconfigured tier and records nothing", async () => {
    const res = await postJson("/api/media/estimate", { description: "x", tier: "premium" });
    expect(res.status).toBe(409);
    expect(await snapshot()).toEqual({ rows: 0, files: 0, cache: 0 });
  });
});

describe("GET /api/media/status", () => {
  it("describes all three tiers, with the paid ones not configured", async () => {
    const res = await api("/api/media/status");
    expect(res.status).toBe(200);
    const body = await res.json<Record<string, Record<string, unknown>>>();
    expect(body.free).toMatchObject({ enabled: true, cost_per_image: 0, note: expect.any(String) });
    expect(body.free!.media_types).toContain("image");
    expect(body.budget).toMatchObject({ enabled: false, configured: false, cost_per_image: 0.0012, provider: "Stable Diffusion (Hugging Face)" });
    expect(body.premium).toMatchObject({ enabled: false, configured: false, cost_per_image_estimate: 0.05, provider: "Runway" });
  });
});
