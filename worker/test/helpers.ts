import { env, exports } from "cloudflare:workers";

export const BASE = "http://api.test";

/** Calls the real worker (same module instance as the app under test) with a real Request. */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
}

export const generate = (body: unknown, headers?: Record<string, string>) => postJson("/api/media/generate", body, headers);

/** Each test gets its own client (by IP) so rate limits from one test never leak into another. */
let clientSeq = 0;
export function newClient(): Record<string, string> {
  clientSeq += 1;
  return { "CF-Connecting-IP": `2001:db8::${clientSeq.toString(16)}` };
}

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
