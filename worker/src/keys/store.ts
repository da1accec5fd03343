import { eq } from "drizzle-orm";
import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { providerKeys, type ProviderKeyRow } from "../db/schema";
import { ApiError } from "../errors";
import type { KeyTest, ProviderContext } from "../providers/provider";
import { open, seal } from "./crypto";
import { KEY_PROVIDERS, KEY_SHAPES, type KeyProvider } from "./shapes";

export { KEY_PROVIDERS, type KeyProvider };
export type KeySource = "request" | "stored" | "env";

export const KEY_PROVIDER_INFO: Record<KeyProvider, (typeof KEY_SHAPES)[KeyProvider] & { envSecret: "STABLE_DIFFUSION_KEY" | "RUNWAY_API_KEY" }> = {
  stable_diffusion: { ...KEY_SHAPES.stable_diffusion, envSecret: "STABLE_DIFFUSION_KEY" },
  runway: { ...KEY_SHAPES.runway, envSecret: "RUNWAY_API_KEY" },
};

/** The shape check done before anything is sent anywhere: a clear 400, never the key echoed back. */
export function checkKeyShape(provider: KeyProvider, key: string, where: string): void {
  if (!KEY_PROVIDER_INFO[provider].shape.test(key)) {
    throw new ApiError(400, "invalid_key_format", `${where}: a ${provider} key is ${KEY_PROVIDER_INFO[provider].shapeText}`);
  }
}

export async function storeKey(env: Env, provider: KeyProvider, key: string, test: KeyTest | null, now = Date.now()): Promise<void> {
  const secret = readConfig(env).keyEncryptionSecret;
  if (!secret) {
    throw new ApiError(503, "encryption_secret_not_set", "Stored keys are encrypted: set the KEY_ENCRYPTION_SECRET secret (`wrangler secret put KEY_ENCRYPTION_SECRET`) first.");
  }
  const sealed = await seal(secret, provider, key);
  const row = {
    provider,
    ciphertext: sealed.ciphertext,
    iv: sealed.iv,
    updatedAt: now,
    lastTestOk: test?.ok ?? null,
    lastTestAt: test ? now : null,
    lastTestMessage: test?.message ?? null,
  };
  await getDb(env.DB).insert(providerKeys).values(row).onConflictDoUpdate({ target: providerKeys.provider, set: row });
  forgetStoredKeys();
}

/** Removes the stored key; the last test result goes with it. True when there was one. */
export async function deleteKey(env: Env, provider: KeyProvider): Promise<boolean> {
  const gone = await getDb(env.DB).delete(providerKeys).where(eq(providerKeys.provider, provider)).returning({ provider: providerKeys.provider });
  forgetStoredKeys();
  return gone.length > 0;
}

/** Keeps a failed test's verdict for /status without storing the key that failed. */
export async function recordTest(env: Env, provider: KeyProvider, test: KeyTest, now = Date.now()): Promise<void> {
  const set = { lastTestOk: test.ok, lastTestAt: now, lastTestMessage: test.message };
  await getDb(env.DB)
    .insert(providerKeys)
    .values({ provider, ciphertext: null, iv: null, updatedAt: now, ...set })
    .onConflictDoUpdate({ target: providerKeys.provider, set });
  forgetStoredKeys();
}

/**
 * Stored rows (ciphertext only) are kept in isolate memory for a few seconds: generate asks about both paid
 * tiers on every auto request, and the table changes only when an admin configures a key. Writes through this
 * isolate clear it at once; other isolates see a change within ROWS_TTL_MS.
 */
const ROWS_TTL_MS = 5_000;
let rowsCache: { at: number; db: D1Database; rows: Map<string, ProviderKeyRow> } | null = null;

/** Drops the in-memory copy of the stored keys (tests that edit the table directly call this). */
export function forgetStoredKeys(): void {
  rowsCache = null;
}

/**
 * Every stored row, as one snapshot: the same Map object until the copy expires or a write clears it, so a caller
 * may key its own derived values on it (routes/reports.ts keeps /status per snapshot).
 */
export async function storedRows(env: Env): Promise<ReadonlyMap<string, ProviderKeyRow>> {
  const now = Date.now();
  // Only plain values are shared between requests (never a promise or stream tied to another request's I/O).
  if (!rowsCache || rowsCache.db !== env.DB || now - rowsCache.at > ROWS_TTL_MS) {
    const all = await getDb(env.DB).select().from(providerKeys);
    rowsCache = { at: now, db: env.DB, rows: new Map(all.map((r) => [r.provider, r])) };
  }
  return rowsCache.rows;
}

async function storedRow(env: Env, provider: KeyProvider): Promise<ProviderKeyRow | undefined> {
  return (await storedRows(env)).get(provider);
}

export async function storedKey(env: Env, provider: KeyProvider): Promise<string | null> {
  const row = await storedRow(env, provider);
  const secret = readConfig(env).keyEncryptionSecret;
  if (!row?.ciphertext || !row.iv || !secret) return null;
  const key = await open(secret, provider, { ciphertext: row.ciphertext, iv: row.iv });
  if (key === null) console.warn(`stored ${provider} key cannot be decrypted (KEY_ENCRYPTION_SECRET changed?); configure it again`);
  return key;
}

export interface ResolvedKey {
  key: string;
  source: KeySource;
}

const memo = new WeakMap<ProviderContext, Map<KeyProvider, Promise<ResolvedKey | null>>>();

/**
 * The key a request uses: the caller's own header first, then the key stored through /configure (the latest
 * deliberate choice of an admin), then the STABLE_DIFFUSION_KEY / RUNWAY_API_KEY secret. Looked up once per request.
 */
export function resolveKey(ctx: ProviderContext, provider: KeyProvider): Promise<ResolvedKey | null> {
  let perCtx = memo.get(ctx);
  if (!perCtx) memo.set(ctx, (perCtx = new Map()));
  let found = perCtx.get(provider);
  if (!found) {
    found = (async (): Promise<ResolvedKey | null> => {
      const byok = ctx.byok?.[provider];
      if (byok) return { key: byok, source: "request" };
      const stored = await storedKey(ctx.env, provider);
      if (stored) return { key: stored, source: "stored" };
      const fromEnv = readConfig(ctx.env).serverKeys[provider];
      return fromEnv ? { key: fromEnv, source: "env" } : null;
    })();
    perCtx.set(provider, found);
  }
  return found;
}

export interface KeyStatus {
  key_source: "env" | "stored" | "none";
  last_test: { ok: boolean; message: string; at: string } | null;
}

export async function keyStatus(env: Env, provider: KeyProvider): Promise<KeyStatus> {
  const row = await storedRow(env, provider);
  const stored = row?.ciphertext ? await storedKey(env, provider) : null;
  const source = stored ? "stored" : readConfig(env).serverKeys[provider] ? "env" : "none";
  const last_test =
    row && row.lastTestOk !== null && row.lastTestAt !== null
      ? { ok: row.lastTestOk, message: row.lastTestMessage ?? "", at: new Date(row.lastTestAt).toISOString() }
      : null;
  return { key_source: source, last_test };
}

/**
 * A provider rejected a server key (stored or env) during a generation: /status shows it as the last test,
 * so an admin sees a revoked key without waiting for a failed configure. A caller's own key is not ours to note.
 */
export async function noteKeyRejected(ctx: ProviderContext, providerId: string, message: string): Promise<void> {
  if (!(KEY_PROVIDERS as readonly string[]).includes(providerId)) return;
  const provider = providerId as KeyProvider;
  const resolved = await resolveKey(ctx, provider);
  if (!resolved || resolved.source === "request") return;
  await recordTest(ctx.env, provider, { ok: false, message: `rejected during a generation: ${message}` }).catch((err: unknown) =>
    console.warn(`recording the ${provider} key rejection failed: ${String(err)}`),
  );
}
