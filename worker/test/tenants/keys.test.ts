import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { forgetKeyLookups, KEY_CACHE_MS } from "../../src/auth/keys";
import { sha256Hex } from "../../src/hash";
import { admin, api, bearer, type CreatedKey, type ErrorBody, FAKE_HF_KEY, generate, type KeyView, newClient, newKey, patchKey, postJson, setEnv, sleep, storesContain, usePaidTiers } from "../helpers";

const paid = usePaidTiers({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
const t = () => paid.fakes();
beforeEach(async () => {
  await env.DB.prepare("DELETE FROM api_keys").run();
  forgetKeyLookups();
});

const keyRow = (id: string) => env.DB.prepare("SELECT * FROM api_keys WHERE id = ?").bind(id).first<Record<string, unknown>>();
type Me = { caller: string; key: KeyView | null; tiers: string[]; rate_limit_per_minute: number; monthly_budget_usd: number | null; this_month: { generations: number; spend_usd: number }; rate_limit: { limit: number; remaining: number; reset_s: number } };

describe("POST /api/keys", () => {
  it("returns emk_ + 40 base62 characters once, and keeps only its SHA-256 and a short prefix", async () => {
    const res = await postJson("/api/keys", { name: "acme", project_id: "acme-site", tiers: ["free", "budget"], rate_limit_per_minute: 5, monthly_budget_usd: 12.5, expires_at: "2099-01-01T00:00:00Z" }, admin);
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const created = await res.json<CreatedKey>();
    expect(created.key).toMatch(/^emk_[0-9A-Za-z]{40}$/);
    expect(created).toMatchObject({
      name: "acme",
      prefix: created.key.slice(0, 10),
      tiers: ["free", "budget"],
      rate_limit_per_minute: 5,
      monthly_budget_usd: 12.5,
      project_id: "acme-site",
      expires_at: "2099-01-01T00:00:00.000Z",
      revoked_at: null,
      this_month: { generations: 0, spend_usd: 0 },
    });
    const row = await keyRow(created.id);
    expect(row).toMatchObject({ hash: await sha256Hex(created.key), prefix: created.key.slice(0, 10), monthly_budget_micros: 12_500_000, tiers: "free,budget" });
    expect(await storesContain(created.key)).toEqual([]);
    // Listed and fetched without the secret or its hash.
    for (const text of [await (await api("/api/keys", { headers: admin })).text(), await (await api(`/api/keys/${created.id}`, { headers: admin })).text()]) {
      expect(text).toContain(created.id);
      expect(text).not.toContain(created.key);
      expect(text).not.toContain(String(row!.hash));
    }
  });

  it("defaults to every tier, the server's rate limit, no budget and no expiry; two keys never collide", async () => {
    const [a, b] = [await newKey(), await newKey()];
    expect(a).toMatchObject({ tiers: ["free", "budget", "premium"], rate_limit_per_minute: null, monthly_budget_usd: null, expires_at: null, project_id: null });
    expect(a.key).not.toBe(b.key);
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ["an unknown field", { name: "x", admin: true }],
    ["a missing name", {}],
    ["an over-long name", { name: "n".repeat(101) }],
    ["a negative rate limit", { name: "x", rate_limit_per_minute: -1 }],
    ["a fractional rate limit", { name: "x", rate_limit_per_minute: 1.5 }],
    ["a negative budget", { name: "x", monthly_budget_usd: -0.01 }],
    ["an unknown tier", { name: "x", tiers: ["gold"] }],
    ["no tiers", { name: "x", tiers: [] }],
    ["an expiry in the past", { name: "x", expires_at: "2001-01-01T00:00:00Z" }],
    ["an expiry that is not a date", { name: "x", expires_at: "tomorrow" }],
  ])("refuses %s with 400, creating nothing", async (_what, body) => {
    const res = await postJson("/api/keys", body, admin);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.code).toBe("invalid_request");
    expect((await env.DB.prepare("SELECT count(*) AS n FROM api_keys").first<{ n: number }>())!.n).toBe(0);
  });

  it("is for the admin only: 401 anonymous, 403 with a client key", async () => {
    const key = await newKey();
    const anonymous = await postJson("/api/keys", { name: "x" }, newClient());
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json<ErrorBody>()).error.code).toBe("unauthorized");
    const withKey = await postJson("/api/keys", { name: "x" }, bearer(key.key));
    expect(withKey.status).toBe(403);
    for (const path of ["/api/keys", `/api/keys/${key.id}`]) {
      expect((await api(path, { headers: bearer(key.key) })).status).toBe(403);
    }
    expect((await api(`/api/keys/${key.id}`, { method: "DELETE", headers: bearer(key.key) })).status).toBe(403);
  });
});

describe("GET, PATCH, DELETE /api/keys/{id}", () => {
  it("answers 404 for a key id that does not exist and 400 for one that is not an id", async () => {
    const missing = crypto.randomUUID();
    for (const init of [{}, { method: "DELETE" }]) {
      const res = await api(`/api/keys/${missing}`, { ...init, headers: admin });
      expect(res.status).toBe(404);
      expect((await res.json<ErrorBody>()).error.code).toBe("not_found");
    }
    expect((await patchKey(missing, { name: "x" })).status).toBe(404);
    expect((await api("/api/keys/not-an-id", { headers: admin })).status).toBe(400);
  });

  it("changes name, tiers, limits, budget and expiry, and null clears a limit", async () => {
    const key = await newKey({ rate_limit_per_minute: 3 });
    const res = await patchKey(key.id, { name: "renamed", tiers: ["free"], monthly_budget_usd: 2, expires_at: "2098-06-01T12:00:00Z", rate_limit_per_minute: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: key.id, name: "renamed", tiers: ["free"], monthly_budget_usd: 2, expires_at: "2098-06-01T12:00:00.000Z", rate_limit_per_minute: null, prefix: key.prefix });
    expect(await keyRow(key.id)).toMatchObject({ name: "renamed", tiers: "free", monthly_budget_micros: 2_000_000, rate_limit_per_minute: null });
  });

  it.each([
    ["an unknown field", { name: "ok", owner: "me" }],
    ["a negative limit", { rate_limit_per_minute: 0 }],
    ["a negative budget", { monthly_budget_usd: -5 }],
    ["an expiry in the past", { expires_at: new Date(Date.now() - 1000).toISOString() }],
    ["an over-long name", { name: "x".repeat(500) }],
    ["nothing to change", {}],
  ])("refuses a PATCH with %s with 400, changing nothing", async (_what, body) => {
    const key = await newKey({ name: "unchanged", rate_limit_per_minute: 7 });
    const before = await keyRow(key.id);
    const res = await patchKey(key.id, body);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.code).toBe("invalid_request");
    expect(await keyRow(key.id)).toEqual(before);
  });

  it("lists every key with this month's generations and spend", async () => {
    const a = await newKey({ name: "a" });
    const b = await newKey({ name: "b" });
    for (let i = 0; i < 2; i++) expect((await generate({ description: `a ${i}`, tier: "free" }, bearer(a.key))).status).toBe(200);
    expect((await generate({ description: "a paid fox", tier: "budget", options: { width: 64, height: 64 } }, bearer(b.key))).status).toBe(200);
    const list = await (await api("/api/keys", { headers: admin })).json<{ count: number; items: KeyView[] }>();
    expect(list.count).toBe(2);
    const month = new Date().toISOString().slice(0, 7);
    expect(list.items.find((k) => k.id === a.id)!.this_month).toEqual({ month, generations: 2, spend_usd: 0 });
    expect(list.items.find((k) => k.id === b.id)!.this_month).toEqual({ month, generations: 1, spend_usd: 0.0012 });
    expect((await (await api(`/api/keys/${b.id}`, { headers: admin })).json<KeyView>()).this_month.generations).toBe(1);
  });
});

describe("calling with a client key", () => {
  it("records the key as the owner and applies its project by default", async () => {
    const key = await newKey({ project_id: "site" });
    const made = await (await generate({ description: "a lighthouse" }, bearer(key.key))).json<{ id: string; project_id: string }>();
    expect(made.project_id).toBe("site");
    const explicit = await (await generate({ description: "a boat", project_id: "other" }, bearer(key.key))).json<{ project_id: string }>();
    expect(explicit.project_id).toBe("other");
    expect(await env.DB.prepare("SELECT client_id FROM generations WHERE id = ?").bind(made.id).first()).toEqual({ client_id: `key:${key.id}` });
  });

  it("GET /api/keys/me shows its settings, this month's usage and its rate-limit window", async () => {
    const key = await newKey({ tiers: ["free"], rate_limit_per_minute: 4, monthly_budget_usd: 3 });
    await generate({ description: "one" }, bearer(key.key));
    const me = await (await api("/api/keys/me", { headers: bearer(key.key) })).json<Me>();
    expect(me).toMatchObject({
      caller: "key",
      key: { id: key.id, prefix: key.prefix, tiers: ["free"] },
      tiers: ["free"],
      rate_limit_per_minute: 4,
      monthly_budget_usd: 3,
      this_month: { generations: 1, spend_usd: 0 },
      rate_limit: { limit: 4, remaining: 3 },
    });
    expect(JSON.stringify(me)).not.toContain(key.key);
    // Anonymous callers and the admin get their own answer.
    expect(await (await api("/api/keys/me", { headers: newClient() })).json()).toMatchObject({ caller: "anonymous", key: null, tiers: ["free", "budget", "premium"] });
    expect(await (await api("/api/keys/me", { headers: admin })).json()).toMatchObject({ caller: "admin", key: null });
  });

  it("holds the key to its tiers and its own rate limit", async () => {
    const key = await newKey({ tiers: ["free"], rate_limit_per_minute: 2 });
    const paid = await generate({ description: "a fox", tier: "budget" }, bearer(key.key));
    expect(paid.status).toBe(403);
    expect((await paid.json<ErrorBody>()).error.code).toBe("tier_not_allowed");
    // auto never reaches a tier the key may not use.
    const auto = await generate({ description: "a fox" }, bearer(key.key));
    expect(await auto.json()).toMatchObject({ tier: "free" });
    expect((await generate({ description: "again" }, bearer(key.key))).status).toBe(200);
    const limited = await generate({ description: "third" }, bearer(key.key));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBeTruthy();
    expect(t().hf.calls).toHaveLength(0);
  });

  it("refuses a revoked key on the very next request, keeping its history", async () => {
    const key = await newKey();
    expect((await generate({ description: "before" }, bearer(key.key))).status).toBe(200);
    const revoked = await api(`/api/keys/${key.id}`, { method: "DELETE", headers: admin });
    expect(revoked.status).toBe(200);
    expect((await revoked.json<KeyView>()).revoked_at).not.toBeNull();
    for (const res of [await generate({ description: "after" }, bearer(key.key)), await api("/api/media/history", { headers: bearer(key.key) })]) {
      expect(res.status).toBe(401);
      const body = await res.json<ErrorBody>();
      expect(body.error.code).toBe("invalid_api_key");
      expect(body.error.message).toContain("revoked");
    }
    // The admin still sees what it made; a revoked key cannot be edited back to life.
    expect((await (await api(`/api/media/history?client=${key.id}`, { headers: admin })).json<{ count: number }>()).count).toBe(1);
    expect((await patchKey(key.id, { name: "again" })).status).toBe(409);
  });

  it(`sees a revocation made elsewhere (another isolate) within ${KEY_CACHE_MS} ms`, async () => {
    const key = await newKey();
    expect((await generate({ description: "cached lookup" }, bearer(key.key))).status).toBe(200);
    // Straight into D1, as another isolate would: this isolate's short lookup cache must not outlive it.
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(Date.now(), key.id).run();
    await sleep(KEY_CACHE_MS + 50);
    expect((await generate({ description: "later" }, bearer(key.key))).status).toBe(401);
  });

  it("refuses an expired key", async () => {
    const key = await newKey();
    await env.DB.prepare("UPDATE api_keys SET expires_at = ? WHERE id = ?").bind(Date.now() - 1, key.id).run();
    forgetKeyLookups();
    const res = await generate({ description: "x" }, bearer(key.key));
    expect(res.status).toBe(401);
    expect((await res.json<ErrorBody>()).error.message).toContain("expired");
  });

  it.each([
    ["no scheme", "emk_abc"],
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["an empty bearer", "Bearer "],
    ["two tokens", "Bearer emk_a emk_b"],
    ["a key of the wrong shape", "Bearer emk_short"],
    ["a well-formed key nobody issued", `Bearer emk_${"A".repeat(40)}`],
  ])("answers %s with 401 invalid_api_key, never as anonymous", async (_what, authorization) => {
    const client = newClient();
    const res = await generate({ description: "x" }, { ...client, Authorization: authorization });
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect((await res.json<ErrorBody>()).error.code).toBe("invalid_api_key");
    expect(await env.DB.prepare("SELECT count(*) AS n FROM generations").first<{ n: number }>()).toEqual({ n: 0 });
  });

  it("accepts the admin token as a bearer everywhere, acting as the operator", async () => {
    const res = await generate({ description: "by the operator", tier: "budget", options: { width: 64, height: 64 } }, admin);
    expect(res.status).toBe(200);
    const made = await res.json<{ id: string }>();
    expect(await env.DB.prepare("SELECT client_id FROM generations WHERE id = ?").bind(made.id).first()).toEqual({ client_id: "admin" });
    setEnv({ ANONYMOUS_TIERS: "none" });
    expect((await api("/api/media/history", { headers: admin })).status).toBe(200);
  });
});


describe("the OpenAPI contract for keys", () => {
  it("names every key operation, its security and its 4xx answers", async () => {
    type Op = { operationId?: string; security?: Record<string, string[]>[]; responses: Record<string, unknown> };
    const doc = await (await api("/api/openapi.json")).json<{ paths: Record<string, Record<string, Op>>; components: { securitySchemes: Record<string, { type: string; scheme: string }> } }>();
    expect(doc.components.securitySchemes.clientKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
    const ops = {
      "post /api/keys": "createKey",
      "get /api/keys": "listKeys",
      "get /api/keys/me": "getCurrentCaller",
      "get /api/keys/{id}": "getKey",
      "patch /api/keys/{id}": "updateKey",
      "delete /api/keys/{id}": "revokeKey",
    };
    for (const [where, operationId] of Object.entries(ops)) {
      const [method, path] = where.split(" ") as [string, string];
      const op = doc.paths[path]![method]!;
      expect(op.operationId).toBe(operationId);
      expect(op.security!.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses).some((s) => s.startsWith("4"))).toBe(true);
    }
  });
});
