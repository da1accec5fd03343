import { writable, type Readable } from "svelte/store";

/**
 * The client API key (emk_...) this browser tab calls the API with. Kept in sessionStorage: it goes with the
 * tab, never to localStorage or anywhere but our own API. Empty = anonymous.
 */
const ITEM = "edge-media.client-key";
export const CLIENT_KEY_PATTERN = /^emk_[0-9A-Za-z]{32,64}$/;

export interface SessionKeyStore extends Readable<string> {
  set(key: string): void;
  clear(): void;
  /** `Authorization: Bearer <key>` while a key is set, else nothing. Read on every request. */
  headers(): Record<string, string>;
}

export function createSessionKeyStore(session?: Storage): SessionKeyStore {
  let current = "";
  try {
    const saved = session?.getItem(ITEM) ?? "";
    if (CLIENT_KEY_PATTERN.test(saved)) current = saved;
  } catch {
    // storage blocked: anonymous
  }
  const store = writable(current);
  const save = (key: string) => {
    current = key;
    try {
      if (key) session?.setItem(ITEM, key);
      else session?.removeItem(ITEM);
    } catch {
      // keep it for this page only
    }
    store.set(key);
  };
  return {
    subscribe: store.subscribe,
    set: (key) => save(key.trim()),
    clear: () => save(""),
    headers: (): Record<string, string> => (current ? { Authorization: `Bearer ${current}` } : {}),
  };
}

/** "emk_3fZq9A…" : enough to recognise a key on screen without showing it. */
export function shortKey(key: string): string {
  return key ? `${key.slice(0, 10)}…` : "";
}
