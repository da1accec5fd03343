import { sha256Hex } from "../hash";
import type { MediaRequest } from "../providers/provider";
import type { Tier } from "../schemas";

/** What a prompt-cache entry points at: a file already in R2. Never a secret, never the bytes. */
export interface CacheEntry {
  r2Key: string;
  contentType: string;
  bytes: number;
  provider: string;
  model: string;
}

/**
 * Key = SHA-256 of the normalized request and its owner (generations.client_id), so trivially different
 * spellings share one entry, and one owner's entries (paid for by them) are never served to another.
 */
export async function cacheKey(req: MediaRequest, tier: Tier, owner: string): Promise<string> {
  const options = Object.fromEntries(Object.entries(req.options).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  const normalized = JSON.stringify({
    d: req.description.replace(/\s+/g, " ").trim(),
    m: req.media_type,
    t: tier,
    o: options,
    w: owner,
  });
  return `prompt:${await sha256Hex(normalized)}`;
}

export async function getCached(kv: KVNamespace, key: string): Promise<CacheEntry | null> {
  return kv.get<CacheEntry>(key, "json");
}

export async function putCached(kv: KVNamespace, key: string, entry: CacheEntry, ttlSeconds: number): Promise<void> {
  await kv.put(key, JSON.stringify(entry), { expirationTtl: ttlSeconds });
}
