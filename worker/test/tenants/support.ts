import { api, postJson } from "../helpers";
import { ADMIN } from "../paid-support";

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
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Creates a client key through the API (as the admin) and returns it with its one-time secret. */
export async function newKey(body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<CreatedKey> {
  const res = await postJson("/api/keys", { name: `key ${crypto.randomUUID().slice(0, 8)}`, ...body }, { ...admin, ...headers });
  if (res.status !== 201) throw new Error(`creating a key: ${res.status} ${await res.text()}`);
  return res.json<CreatedKey>();
}

export const patchKey = (id: string, body: unknown, headers: Record<string, string> = admin) =>
  api(`/api/keys/${id}`, { method: "PATCH", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
