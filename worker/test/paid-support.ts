import { env } from "cloudflare:workers";
import { afterEach, beforeEach, vi } from "vitest";
import { forgetStoredKeys } from "../src/keys/store";
import { createFakes, type Fakes } from "./fakes";
import { clearAll } from "./helpers";

export { FAKE_HF_KEY, FAKE_RUNWAY_KEY } from "./fakes";

type Vars = Record<string, string | undefined>;
const mutable = env as unknown as Vars;

/** Sets worker settings for one test (the app reads the same env object); undone after each test. */
let saved: Vars = {};
export function setEnv(vars: Vars): void {
  for (const [k, v] of Object.entries(vars)) {
    if (!(k in saved)) saved[k] = mutable[k];
    if (v === undefined) delete mutable[k];
    else mutable[k] = v;
  }
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
    expect_no_strays(fakes);
  });
  return { fakes: () => fakes };
}

function expect_no_strays(fakes: Fakes): void {
  if (fakes.strays.length) throw new Error(`requests reached no fake (would have gone to the network): ${fakes.strays.join(", ")}`);
}

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

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
