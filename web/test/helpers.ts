/** A fetch that answers from a list of handlers and records every call. */
export interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export function fakeFetch(handler: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const call: Call = {
      url: String(input),
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    return handler(call);
  };
  return { fetch: fn as typeof fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

export const GENERATION = {
  id: "0b4c3c1e-1111-4222-8333-444455556666",
  url: "http://127.0.0.1:8787/api/media/files/0b4c3c1e-1111-4222-8333-444455556666.svg",
  media_type: "image",
  tier: "free",
  provider: "procedural",
  cost: 0,
  time_ms: 34,
  timestamp: "2026-11-26T17:47:10.863Z",
  cached: false,
  content_type: "image/svg+xml",
  bytes: 8742,
  description: "a dashboard",
  project_id: null,
} as const;

/** In-memory Web Storage. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  setItem(k: string, v: string) {
    this.items.set(k, String(v));
  }
}

/** A job just started (202 from generate), as the contract shapes it. */
export const JOB = {
  id: "j1",
  status: "pending",
  progress: 0,
  poll_url: "/api/media/jobs/j1",
  tier: "premium",
  provider: "runway",
  media_type: "video",
} as const;
