import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "../../src/keys/admin";
import { open, seal } from "../../src/keys/crypto";
import { ADMIN, api, captureLogs, type ErrorBody, FAKE_HF_KEY, FAKE_RUNWAY_KEY, generate, newClient, postJson, setEnv, storesContain, usePaidTiers } from "../helpers";

const t = usePaidTiers();
const auth = { Authorization: `Bearer ${ADMIN}` };
const configure = (body: unknown, headers: Record<string, string> = auth) => postJson("/api/media/configure", body, headers);
const remove = (provider: string, headers: Record<string, string> = auth) => api(`/api/media/configure/${provider}`, { method: "DELETE", headers });
type Status = Record<"budget" | "premium", { configured: boolean; key_source: string; last_test: { ok: boolean; message: string; at: string } | null }>;
const status = async () => (await api("/api/media/status")).json<Status>();

describe("POST /api/media/configure: who may", () => {
  it("is refused, with how to set one, while no ADMIN_TOKEN is configured", async () => {
    setEnv({ ADMIN_TOKEN: undefined });
    // (A bearer would be refused first as an unknown key: there is no admin token to match.)
    const res = await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY }, {});
    expect(res.status).toBe(503);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("admin_token_not_set");
    expect(body.error.message).toContain("wrangler secret put ADMIN_TOKEN");
    expect((await status()).budget.key_source).toBe("none");
  });

  it("answers 401 without the bearer token or with a wrong one, storing nothing", async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer wrong" }, { Authorization: `Bearer ${ADMIN}x` }, { Authorization: ADMIN }];
    for (const headers of attempts) {
      const res = await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY }, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    }
    expect(await remove("runway", {}).then((r) => r.status)).toBe(401);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM provider_keys").first<{ n: number }>())!.n).toBe(0);
  });

  it("compares tokens by value only", async () => {
    expect(await constantTimeEqual("abc", "abc")).toBe(true);
    expect(await constantTimeEqual("abc", "abd")).toBe(false);
    expect(await constantTimeEqual("abc", "abcd")).toBe(false);
  });
});

describe("POST /api/media/configure: keys", () => {
  it("checks the key's shape before anything else, without echoing it", async () => {
    const cases = [
      { provider: "stable_diffusion", api_key: "sk-notahuggingfacekey123456" },
      { provider: "runway", api_key: "key_abc" },
      { provider: "runway", api_key: `key_${"g".repeat(128)}` },
    ];
    for (const body of cases) {
      const res = await configure({ ...body, test: true });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain("invalid_key_format");
      expect(text).not.toContain(body.api_key);
    }
    expect(await configure({ provider: "dall-e", api_key: "x" }).then((r) => r.status)).toBe(400);
    expect(t.fakes().hf.calls.length + t.fakes().runway.calls.length).toBe(0);
  });

  it("tests a Hugging Face key with whoami-v2, stores it encrypted and reports it in status", async () => {
    const res = await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY, test: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, provider: "stable_diffusion", message: expect.stringContaining("Successfully configured stable_diffusion") });
    expect(t.fakes().hf.calls.map((c) => c.url)).toEqual(["https://huggingface.co/api/whoami-v2"]);

    const row = await env.DB.prepare("SELECT * FROM provider_keys WHERE provider = 'stable_diffusion'").first<Record<string, string>>();
    expect(row!.ciphertext).toBeTruthy();
    expect(row!.ciphertext).not.toContain(FAKE_HF_KEY);
    const s = await status();
    expect(s.budget).toMatchObject({ configured: true, key_source: "stored", last_test: { ok: true, message: expect.stringContaining("accepted") } });
    expect(Date.now() - Date.parse(s.budget.last_test!.at)).toBeLessThan(60_000);

    // The stored key now serves the budget tier.
    const gen = await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, newClient());
    expect(gen.status).toBe(200);
    expect(t.fakes().hf.calls.at(-1)!.headers.authorization).toBe(`Bearer ${FAKE_HF_KEY}`);
  });

  it("tests a Runway key with GET /v1/organization and stores it", async () => {
    const res = await configure({ provider: "runway", api_key: FAKE_RUNWAY_KEY, test: true });
    expect(res.status).toBe(200);
    expect((await res.json<{ message: string }>()).message).toContain("5000 credits");
    const call = t.fakes().runway.calls.at(-1)!;
    expect(call.url).toBe("https://api.dev.runwayml.com/v1/organization");
    expect(call.headers).toMatchObject({ authorization: `Bearer ${FAKE_RUNWAY_KEY}`, "x-runway-version": "2024-11-06" });
    expect((await status()).premium).toMatchObject({ configured: true, key_source: "stored" });
  });

  it("does not store a key the provider rejects, says why, and shows the failed test in status", async () => {
    const bad = "hf_RevokedKey0000000000000000000000";
    const res = await configure({ provider: "stable_diffusion", api_key: bad, test: true });
    expect(res.status).toBe(422);
    const body = await res.json<{ success: boolean; message: string; error: { code: string } }>();
    expect(body).toMatchObject({ success: false, provider: "stable_diffusion", error: { code: "key_test_failed" } });
    expect(body.message).toContain("Invalid credentials in Authorization header");
    const s = await status();
    expect(s.budget).toMatchObject({ configured: false, key_source: "none", last_test: { ok: false } });
    expect(await storesContain(bad)).toEqual([]);
  });

  it("stores without testing when test is false, and DELETE removes it (falling back to the env secret)", async () => {
    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY });
    expect((await status()).premium.key_source).toBe("env");
    const other = `key_${"f".repeat(128)}`;
    expect((await configure({ provider: "runway", api_key: other })).status).toBe(200);
    expect(t.fakes().runway.calls).toHaveLength(0);
    // A stored key wins over the env secret.
    expect((await status()).premium).toMatchObject({ key_source: "stored", last_test: null });

    const del = await remove("runway");
    expect(del.status).toBe(200);
    expect(await del.json()).toMatchObject({ success: true, provider: "runway" });
    expect((await status()).premium.key_source).toBe("env");
    expect((await remove("runway")).status).toBe(404);
  });

  it("refuses to store keys without KEY_ENCRYPTION_SECRET rather than keep them in plaintext", async () => {
    setEnv({ KEY_ENCRYPTION_SECRET: undefined });
    const res = await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY });
    expect(res.status).toBe(503);
    expect((await res.json<ErrorBody>()).error.message).toContain("KEY_ENCRYPTION_SECRET");
    expect(await storesContain(FAKE_HF_KEY)).toEqual([]);
  });

  it("a stored key is unreadable with another KEY_ENCRYPTION_SECRET: the tier becomes unconfigured, not broken", async () => {
    await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY });
    setEnv({ KEY_ENCRYPTION_SECRET: "rotated-secret" });
    const { result: s, logs } = await captureLogs(status);
    expect(s.budget).toMatchObject({ configured: false, key_source: "none" });
    expect(logs).toContain("cannot be decrypted");
    expect(logs).not.toContain(FAKE_HF_KEY);
  });
});

describe("a key the provider stops accepting", () => {
  it("shows up in status as a failed last test when a generation is rejected with the server's key", async () => {
    setEnv({ STABLE_DIFFUSION_KEY: FAKE_HF_KEY });
    t.fakes().hf.script = ["401"];
    const res = await generate({ description: "a fox", tier: "budget" }, newClient());
    expect(res.status).toBe(502);
    const s = await status();
    expect(s.budget).toMatchObject({ key_source: "env", last_test: { ok: false, message: expect.stringContaining("rejected during a generation") } });
  });

  it("is not noted for a caller's own key", async () => {
    const own = "hf_SomeCallersRevokedKey0000000000000";
    const res = await generate({ description: "a fox", tier: "budget" }, { ...newClient(), "X-HF-Key": own });
    expect(res.status).toBe(502);
    expect((await status()).budget.last_test).toBeNull();
  });
});

describe("keys never leak", () => {
  it("no response, log line, D1 column, KV value or R2 object holds a configured or env key", async () => {
    setEnv({ RUNWAY_API_KEY: FAKE_RUNWAY_KEY, SYNC_WAIT_MS: "2000" });
    const { result: texts, logs } = await captureLogs(async () => {
      const out: string[] = [];
      const push = async (r: Response) => out.push(JSON.stringify([...r.headers]) + (await r.text()));
      await push(await configure({ provider: "stable_diffusion", api_key: FAKE_HF_KEY, test: true }));
      await push(await generate({ description: "a fox", tier: "budget", options: { width: 64, height: 64 } }, newClient()));
      await push(await generate({ description: "a fox", media_type: "audio", tier: "premium" }, newClient()));
      t.fakes().hf.script = ["401"];
      await push(await generate({ description: "an owl", tier: "budget" }, newClient()));
      await push(await generate({ description: "an owl" }, newClient()));
      await push(await api("/api/media/status"));
      await push(await api("/api/media/history"));
      await push(await api("/api/media/usage"));
      await push(await api("/api/openapi.json"));
      return out;
    });
    for (const key of [FAKE_HF_KEY, FAKE_RUNWAY_KEY, ADMIN]) {
      for (const text of texts) expect(text).not.toContain(key);
      expect(logs).not.toContain(key);
      expect(await storesContain(key)).toEqual([]);
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM generations WHERE status = 'succeeded'").first<{ n: number }>())!.n).toBeGreaterThanOrEqual(3);
  });

  it("seals with AES-GCM bound to the provider: another row's label cannot open it", async () => {
    const sealed = await seal("s", "runway", FAKE_RUNWAY_KEY);
    expect(sealed.ciphertext).not.toContain(FAKE_RUNWAY_KEY);
    expect(await open("s", "runway", sealed)).toBe(FAKE_RUNWAY_KEY);
    expect(await open("s", "stable_diffusion", sealed)).toBeNull();
    expect(await open("other", "runway", sealed)).toBeNull();
    const again = await seal("s", "runway", FAKE_RUNWAY_KEY);
    expect(again.ciphertext).not.toBe(sealed.ciphertext);
  });
});
