// The one helpers module of the workerd tests: calling the worker, reading its stores, paid-tier setup with the fake
// providers, and client keys. (The fakes themselves live in ./fakes, which Node's `scripts/fakes.ts` also serves.)
import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, vi } from "vitest";
import { forgetConfig } from "../src/config";
import { forgetStoredKeys } from "../src/keys/store";
import { createFakes, type Fakes } from "./fakes";

export { FAKE_HF_KEY, FAKE_RUNWAY_KEY } from "./fakes";
/** A plain pause (the worker's own abortable sleep), for tests that must let time pass. */
export { sleep } from "../src/providers/timing";

export const BASE = "http://api.test";

/** The body of every error answer (the worker's `ErrorBody`, spelled out so a test reads the wire, not the source). */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

// ---- calling the worker ----

/** Calls the real worker (same module instance as the app under test) with a real Request. */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

/** A JSON request: `body` is encoded, except a string, which is sent as it is (to test malformed JSON). */
export function jsonInit(body: unknown, headers: Record<string, string> = {}, method = "POST"): RequestInit {
  return { method, headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) };
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, jsonInit(body, headers));
}

export const generate = (body: unknown, headers?: Record<string, string>) => postJson("/api/media/generate", body, headers);

/** Each test gets its own client (by IP) so rate limits from one test never leak into another. */
let clientSeq = 0;
export function newClient(): Record<string, string> {
  clientSeq += 1;
  return { "CF-Connecting-IP": `2001:db8::${clientSeq.toString(16)}` };
}

// ---- reading the stores ----

export async function rowCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM generations").first<{ n: number }>();
  return row?.n ?? 0;
}

export async function r2Keys(): Promise<string[]> {
  return (await env.MEDIA.list()).objects.map((o) => o.key);
}

export async function kvKeys(): Promise<string[]> {
  return (await env.CACHE.list()).keys.map((k) => k.name);
}

export async function snapshot() {
  return { rows: await rowCount(), files: (await r2Keys()).length, cache: (await kvKeys()).length };
}

export async function clearAll(): Promise<void> {
  await env.DB.prepare("DELETE FROM generations").run();
  const keys = await r2Keys();
  if (keys.length) await env.MEDIA.delete(keys);
  for (const k of await kvKeys()) await env.CACHE.delete(k);
}

/** Every place a secret could leak to: D1 (all tables), KV values, R2 objects and their metadata. */
export async function storesContain(secret: string): Promise<string[]> {
  const found: string[] = [];
  const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
  for (const { name } of tables.results) {
    if (name.startsWith("_cf") || name === "sqlite_sequence") continue;
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    if (JSON.stringify(rows.results).includes(secret)) found.push(`D1 ${name}`);
  }
  for (const k of (await env.CACHE.list()).keys) {
    if (k.name.includes(secret) || ((await env.CACHE.get(k.name)) ?? "").includes(secret)) found.push(`KV ${k.name}`);
  }
  for (const o of (await env.MEDIA.list({ include: ["httpMetadata", "customMetadata"] })).objects) {
    const obj = await env.MEDIA.get(o.key);
    const text = new TextDecoder("latin1").decode(await obj!.arrayBuffer());
    if (o.key.includes(secret) || text.includes(secret) || JSON.stringify([o.httpMetadata, o.customMetadata]).includes(secret)) found.push(`R2 ${o.key}`);
  }
  return found;
}

/** Collects everything written to the console while `fn` runs. */
export async function captureLogs<T>(fn: () => Promise<T>): Promise<{ result: T; logs: string }> {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    }),
  );
  try {
    return { result: await fn(), logs: lines.join("\n") };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

// ---- settings and the paid tiers ----

type Vars = Record<string, string | undefined>;
const mutable = env as unknown as Vars;

/** Sets worker settings for one test (the app reads the same env object); `usePaidTiers` undoes them after each test. */
let saved: Vars = {};
export function setEnv(vars: Vars): void {
  for (const [k, v] of Object.entries(vars)) {
    if (!(k in saved)) saved[k] = mutable[k];
    if (v === undefined) delete mutable[k];
    else mutable[k] = v;
  }
  forgetConfig(); // the worker parses settings once per env object
}

export const ADMIN = "test-admin-token-0123456789";
export const ENCRYPTION_SECRET = "test-encryption-secret";

/**
 * Every paid-tier test: fresh fakes behind the global fetch (what providers and job objects call), short
 * timings, an admin token and an encryption secret, and empty D1 / R2 / KV.
 */
export function usePaidTiers(vars: Vars = {}): { fakes: () => Fakes } {
  let fakes: Fakes;
  beforeEach(async () => {
    fakes = createFakes();
    vi.spyOn(globalThis, "fetch").mockImplementation(fakes.fetch);
    setEnv({
      ADMIN_TOKEN: ADMIN,
      KEY_ENCRYPTION_SECRET: ENCRYPTION_SECRET,
      SYNC_WAIT_MS: "2000",
      RUNWAY_POLL_INTERVAL_MS: "5",
      HF_TIMEOUT_MS: "2000",
      STABLE_DIFFUSION_KEY: undefined,
      RUNWAY_API_KEY: undefined,
      ...vars,
    });
    await clearAll();
    await env.DB.prepare("DELETE FROM provider_keys").run();
    forgetStoredKeys();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete mutable[k];
      else mutable[k] = v;
    }
    saved = {};
    forgetConfig();
    expectNoStrays(fakes);
  });
  return { fakes: () => fakes };
}

function expectNoStrays(fakes: Fakes): void {
  if (fakes.strays.length) throw new Error(`requests reached no fake (would have gone to the network): ${fakes.strays.join(", ")}`);
}

// ---- client keys ----

export const admin = { Authorization: `Bearer ${ADMIN}` };
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

export type KeyView = {
  id: string;
  name: string;
  prefix: string;
  tiers: string[];
  rate_limit_per_minute: number | null;
  monthly_budget_usd: number | null;
  project_id: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  this_month: { month: string; generations: number; spend_usd: number };
};
export type CreatedKey = KeyView & { key: string };

/** Creates a client key through the API (as the admin) and returns it with its one-time secret. */
export async function newKey(body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<CreatedKey> {
  const res = await postJson("/api/keys", { name: `key ${crypto.randomUUID().slice(0, 8)}`, ...body }, { ...admin, ...headers });
  if (res.status !== 201) throw new Error(`creating a key: ${res.status} ${await res.text()}`);
  return res.json<CreatedKey>();
}

export const patchKey = (id: string, body: unknown, headers: Record<string, string> = admin) => api(`/api/keys/${id}`, jsonInit(body, headers, "PATCH"));
