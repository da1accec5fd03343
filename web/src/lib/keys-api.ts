import type { Api } from "./api";
import type { Caller, ClientKey, CreatedKey, CreditChange, Credits, CreditsQuery, KeySettings } from "./types";

// Client keys (/api/keys) and "who am I" (/api/keys/me), on top of the one API client.

export type { Caller, ClientKey, CreatedKey, CreditChange, Credits, KeySettings };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function keysApi(api: Api) {
  return {
    /** Who the API takes this tab for; `key` overrides the session's key (to check one before keeping it). */
    me: (key?: string, signal?: AbortSignal) => api.request<Caller>("/api/keys/me", { headers: key ? bearer(key) : undefined, signal }),
    list: (token: string) => api.request<{ count: number; items: ClientKey[] }>("/api/keys", { headers: bearer(token) }),
    create: (token: string, body: KeySettings & { name: string }) => api.request<CreatedKey>("/api/keys", { method: "POST", body, headers: bearer(token) }),
    update: (token: string, id: string, body: KeySettings) =>
      api.request<ClientKey>(`/api/keys/${encodeURIComponent(id)}`, { method: "PATCH", body, headers: bearer(token) }),
    /** The key's credit balance and a page of its ledger (pass the previous page's next_cursor for older rows). */
    credits: (token: string, id: string, query: CreditsQuery = {}) =>
      api.request<Credits>(`/api/keys/${encodeURIComponent(id)}/credits`, { query, headers: bearer(token) }),
    /** Adds (negative: removes) credit; answers the new balance and the ledger's first page. */
    addCredits: (token: string, id: string, body: CreditChange) =>
      api.request<Credits>(`/api/keys/${encodeURIComponent(id)}/credits`, { method: "POST", body, headers: bearer(token) }),
    revoke: (token: string, id: string) => api.request<ClientKey>(`/api/keys/${encodeURIComponent(id)}`, { method: "DELETE", headers: bearer(token) }),
  };
}

/** A key's state in words: revoked, expired or active. */
export function keyState(k: ClientKey, now = Date.now()): "revoked" | "expired" | "active" {
  if (k.revoked_at) return "revoked";
  if (k.expires_at && Date.parse(k.expires_at) <= now) return "expired";
  return "active";
}
