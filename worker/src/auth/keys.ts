import { and, desc, eq, gte, like, sql } from "drizzle-orm";
import { getDb } from "../db/drizzle";
import { apiKeys, generations, type ApiKeyRow } from "../db/schema";
import { sha256Hex } from "../hash";
import { TIERS, type Tier } from "../schemas";

// Client API keys: made here, stored as a SHA-256 only, looked up by that hash on every request.

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 40 base62 characters: about 238 random bits. */
const SECRET_LENGTH = 40;
export const KEY_PATTERN = /^emk_[0-9A-Za-z]{32,64}$/;
/** "emk_" plus this many characters of the secret are kept for display. */
const PREFIX_CHARS = 6;

/** A key owner's id in generations.client_id. */
export const keyOwnerId = (keyId: string) => `key:${keyId}`;

/** A new random key: "emk_" + 40 base62 characters, drawn without modulo bias. */
export function newKeySecret(): string {
  let out = "";
  while (out.length < SECRET_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(64))) {
      // 248 = 4 * 62: bytes above it would favour the first characters.
      if (byte < 248 && out.length < SECRET_LENGTH) out += BASE62[byte % 62];
    }
  }
  return `emk_${out}`;
}

/** What callers and the API see of a key: its settings, never the secret or its hash. */
export interface KeyRecord {
  id: string;
  name: string;
  prefix: string;
  projectId: string | null;
  tiers: Tier[];
  /** null follows RATE_LIMIT_PER_MINUTE. */
  rateLimitPerMinute: number | null;
  /** null = no per-key budget. */
  monthlyBudgetMicros: number | null;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  /** Default webhook_url for this key's 202 jobs. */
  webhookUrl: string | null;
  webhookSecretVersion: number;
}

function toRecord(row: ApiKeyRow): KeyRecord {
  const listed = row.tiers.split(",");
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    projectId: row.projectId,
    tiers: TIERS.filter((t) => listed.includes(t)),
    rateLimitPerMinute: row.rateLimitPerMinute,
    monthlyBudgetMicros: row.monthlyBudgetMicros,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    webhookUrl: row.webhookUrl,
    webhookSecretVersion: row.webhookSecretVersion,
  };
}

export interface NewKey {
  name: string;
  projectId: string | null;
  tiers: Tier[];
  rateLimitPerMinute: number | null;
  monthlyBudgetMicros: number | null;
  expiresAt: number | null;
  webhookUrl?: string | null;
}

export async function createKey(env: Env, input: NewKey, now = Date.now()): Promise<{ record: KeyRecord; secret: string }> {
  const secret = newKeySecret();
  const row: ApiKeyRow = {
    id: crypto.randomUUID(),
    name: input.name,
    prefix: secret.slice(0, 4 + PREFIX_CHARS),
    hash: await sha256Hex(secret),
    projectId: input.projectId,
    tiers: input.tiers.join(","),
    rateLimitPerMinute: input.rateLimitPerMinute,
    monthlyBudgetMicros: input.monthlyBudgetMicros,
    createdAt: now,
    expiresAt: input.expiresAt,
    revokedAt: null,
    webhookUrl: input.webhookUrl ?? null,
    webhookSecretVersion: 1,
  };
  await getDb(env.DB).insert(apiKeys).values(row);
  return { record: toRecord(row), secret };
}

export async function getKey(env: Env, id: string): Promise<KeyRecord | null> {
  const [row] = await getDb(env.DB).select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
  return row ? toRecord(row) : null;
}

export async function listKeys(env: Env): Promise<KeyRecord[]> {
  const rows = await getDb(env.DB).select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toRecord);
}

export type KeyChanges = Partial<Omit<NewKey, "projectId">> & { projectId?: string | null };

export async function updateKey(env: Env, id: string, changes: KeyChanges): Promise<KeyRecord | null> {
  const set: Partial<ApiKeyRow> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.projectId !== undefined) set.projectId = changes.projectId;
  if (changes.tiers !== undefined) set.tiers = changes.tiers.join(",");
  if (changes.rateLimitPerMinute !== undefined) set.rateLimitPerMinute = changes.rateLimitPerMinute;
  if (changes.monthlyBudgetMicros !== undefined) set.monthlyBudgetMicros = changes.monthlyBudgetMicros;
  if (changes.expiresAt !== undefined) set.expiresAt = changes.expiresAt;
  if (changes.webhookUrl !== undefined) set.webhookUrl = changes.webhookUrl;
  const [row] = await getDb(env.DB).update(apiKeys).set(set).where(eq(apiKeys.id, id)).returning();
  forgetKeyLookups();
  return row ? toRecord(row) : null;
}

/** Revokes a key (idempotent: the first revocation time is kept). */
export async function revokeKey(env: Env, id: string, now = Date.now()): Promise<KeyRecord | null> {
  await getDb(env.DB).update(apiKeys).set({ revokedAt: now }).where(and(eq(apiKeys.id, id), sql`${apiKeys.revokedAt} IS NULL`));
  forgetKeyLookups();
  return getKey(env, id);
}

/**
 * Key lookups are kept in isolate memory for KEY_CACHE_MS: a busy client does not cost a D1 read per request,
 * and a revocation or change reaches every isolate within that time (the isolate that made it, at once).
 * Only found keys are kept (a wrong key always goes to D1 and counts as a failed authentication).
 */
export const KEY_CACHE_MS = 2_000;
let lookups = new Map<string, { at: number; db: D1Database; record: KeyRecord }>();

export function forgetKeyLookups(): void {
  lookups = new Map();
}

/** The key whose SHA-256 is `hash`, revoked or expired ones included (the caller decides what those mean). */
export async function findKeyByHash(env: Env, hash: string, now = Date.now()): Promise<KeyRecord | null> {
  const cached = lookups.get(hash);
  if (cached && cached.db === env.DB && now - cached.at <= KEY_CACHE_MS) return cached.record;
  const [row] = await getDb(env.DB).select().from(apiKeys).where(eq(apiKeys.hash, hash)).limit(1);
  if (!row) return null;
  // The hash came back from an index lookup; compare it once more in constant time before trusting it.
  const enc = new TextEncoder();
  const a = enc.encode(row.hash);
  const b = enc.encode(hash);
  if (a.byteLength !== b.byteLength || !crypto.subtle.timingSafeEqual(a, b)) return null;
  const record = toRecord(row);
  if (lookups.size > 1_000) forgetKeyLookups();
  lookups.set(hash, { at: now, db: env.DB, record });
  return record;
}

/** The first instant of the calendar month (UTC) containing `now`: budgets and "this month" start here. */
export function monthStart(now = Date.now()): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

export interface MonthUsage {
  generations: number;
  spendMicros: number;
}

/**
 * Succeeded generations and their cost this month, per owner (client_id). `owner` limits it to one;
 * without it, every key's totals (the admin's key list).
 */
export async function monthUsageByOwner(env: Env, owner?: string, now = Date.now()): Promise<Map<string, MonthUsage>> {
  const since = monthStart(now);
  const rows = await getDb(env.DB)
    .select({ owner: generations.clientId, n: sql<number>`count(*)`, micros: sql<number>`coalesce(sum(${generations.costMicros}), 0)` })
    .from(generations)
    .where(and(eq(generations.status, "succeeded"), gte(generations.createdAt, since), owner === undefined ? like(generations.clientId, "key:%") : eq(generations.clientId, owner)))
    .groupBy(generations.clientId);
  return new Map(rows.map((r) => [r.owner, { generations: Number(r.n), spendMicros: Number(r.micros) }]));
}
