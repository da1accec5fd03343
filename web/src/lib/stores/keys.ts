import { writable, type Readable } from "svelte/store";
import { KEY_PROVIDERS, KEY_SHAPES } from "../../../../worker/src/keys/shapes";
import type { PaidProvider } from "../types";

/**
 * Keys kept in this browser only: sent as X-HF-Key / X-Runway-Key on generate and estimate to our own API,
 * never anywhere else. The admin token (for keys stored on the server) lives in sessionStorage: gone with the tab.
 */
export type BrowserKeys = Partial<Record<PaidProvider, string>>;

const KEYS_ITEM = "edge-media.keys";
const TOKEN_ITEM = "edge-media.admin-token";

/** The request header for each provider's key: the worker's own list. */
export const KEY_HEADERS = Object.fromEntries(KEY_PROVIDERS.map((p) => [p, KEY_SHAPES[p].header])) as Record<PaidProvider, string>;

function read(storage: Storage | undefined): BrowserKeys {
  try {
    const parsed = JSON.parse(storage?.getItem(KEYS_ITEM) ?? "{}") as BrowserKeys;
    const keys: BrowserKeys = {};
    for (const provider of KEY_PROVIDERS) {
      const key = parsed[provider];
      if (typeof key === "string" && key) keys[provider] = key;
    }
    return keys;
  } catch {
    return {};
  }
}

export interface KeyStore extends Readable<BrowserKeys> {
  set(provider: PaidProvider, key: string): void;
  remove(provider: PaidProvider): void;
  /** Headers for generate/estimate: only keys that are present. */
  headers(): Record<string, string>;
  adminToken(): string;
  setAdminToken(token: string): void;
}

export function createKeyStore(local?: Storage, session?: Storage): KeyStore {
  let current = read(local);
  const store = writable(current);
  const save = (next: BrowserKeys) => {
    current = next;
    try {
      if (Object.keys(next).length === 0) local?.removeItem(KEYS_ITEM);
      else local?.setItem(KEYS_ITEM, JSON.stringify(next));
    } catch {
      // storage full or blocked: keep the key for this page only
    }
    store.set(next);
  };
  return {
    subscribe: store.subscribe,
    set: (provider, key) => save({ ...current, [provider]: key.trim() }),
    remove: (provider) => {
      const next = { ...current };
      delete next[provider];
      save(next);
    },
    headers: () => {
      const h: Record<string, string> = {};
      for (const provider of KEY_PROVIDERS) {
        const key = current[provider];
        if (key) h[KEY_HEADERS[provider]] = key;
      }
      return h;
    },
    adminToken: () => session?.getItem(TOKEN_ITEM) ?? "",
    setAdminToken: (token) => {
      if (token) session?.setItem(TOKEN_ITEM, token);
      else session?.removeItem(TOKEN_ITEM);
    },
  };
}
