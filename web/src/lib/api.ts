import { readJobEvents } from "./job-events";
import type { ConfigureRequest, ConfigureResult, Estimate, GenerateBody, Generation, History, HistoryQuery, Job, PaidProvider, Status, Usage } from "./types";

/** Any failed call: the API's `{error: {code, message, details}}`, or a network failure (status 0). */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** When a 429 may be retried. */
    readonly retryAt?: Date,
  ) {
    super(message);
  }

  /** The request field the error is about ("description", "options.duration_s"), if the API named one. */
  get field(): string | undefined {
    if (!Array.isArray(this.details)) return undefined;
    const first = this.details[0] as { path?: unknown } | undefined;
    return typeof first?.path === "string" && first.path !== "" ? first.path : undefined;
  }

  /** The API itself could not be reached (no network, or a proxy answering for a stopped worker). */
  get unreachable(): boolean {
    return this.code === "network_error" || this.code === "api_unreachable";
  }
}

const UNREACHABLE = "The Edge Media API cannot be reached right now. It may be down or restarting.";

export type CacheState = "HIT" | "MISS" | "BYPASS";
export type GenerateOutcome =
  | { kind: "done"; generation: Generation; cache: CacheState | null }
  | { kind: "pending"; job: Job };

/** A job as the UI needs it: where it is, and the result or the reason once it ends. */
export interface JobProgress {
  id: string;
  state: "pending" | "running" | "done" | "failed" | "cancelled";
  /** 0..1 */
  progress: number;
  generation?: Generation;
  error?: string;
}

export interface ApiOptions {
  /** Origin (and optional path prefix) of the API; "" means same origin. */
  base?: string;
  fetch?: typeof fetch;
  /** Extra headers for generate and estimate (bring-your-own-key), read on every call. */
  keyHeaders?: () => Record<string, string>;
  /** Headers for every call (the session's client key as Authorization); a call's own headers win. */
  authHeaders?: () => Record<string, string>;
  now?: () => number;
}

interface CallInit {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): Date | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return new Date(now + Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : new Date(at);
}

const PLAIN_STATUS: Record<number, string> = {
  401: "The admin token was not accepted.",
  404: "Not found.",
  413: "The request is too large.",
  429: "Too many requests.",
  500: "The server failed.",
  502: "The provider failed.",
  503: "The service is unavailable right now.",
  504: "The provider took too long.",
};

export function createApi(options: ApiOptions = {}) {
  const base = (options.base ?? "").replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const keyHeaders = options.keyHeaders ?? (() => ({}));
  const authHeaders = options.authHeaders ?? (() => ({}));

  function url(path: string, query?: CallInit["query"]): string {
    const absolute = /^https?:\/\//.test(path) ? path : `${base}${path}`;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
    const qs = params.toString();
    return qs ? `${absolute}${absolute.includes("?") ? "&" : "?"}${qs}` : absolute;
  }

  async function call(path: string, init: CallInit = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json", ...authHeaders(), ...init.headers };
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(url(path, init.query), {
        method: init.method ?? "GET",
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (err) {
      if (err instanceof Error && err.name === "AbortError") throw err;
      throw new ApiError(0, "network_error", UNREACHABLE);
    }
    if (!response.ok) throw await toError(response);
    return response;
  }

  async function toError(response: Response): Promise<ApiError> {
    let code = `http_${response.status}`;
    let message = PLAIN_STATUS[response.status] ?? `The request failed (${response.status}).`;
    let details: unknown;
    let fromApi = false;
    try {
      const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
      fromApi = typeof body.error?.code === "string";
      if (body.error?.code) code = body.error.code;
      if (body.error?.message) message = body.error.message;
      details = body.error?.details;
    } catch {
      // not JSON: keep the plain words for the status
    }
    // A gateway error without the API's own error shape came from whatever stands in front of a worker that is not
    // answering (a dev proxy's 502, Cloudflare's 52x): the API is down, not the provider.
    if (!fromApi && (response.status === 502 || response.status === 503 || response.status === 504 || response.status >= 520)) {
      code = "api_unreachable";
      message = UNREACHABLE;
    }
    const retryAt = response.status === 429 ? parseRetryAfter(response.headers.get("Retry-After"), now()) : undefined;
    return new ApiError(response.status, code, message, details, retryAt);
  }

  const json = async <T>(path: string, init?: CallInit): Promise<T> => (await call(path, init)).json() as Promise<T>;

  // A succeeded job carries the generation's fields inline (the contract's catchall).
  function normaliseJob(body: Job): JobProgress {
    const states = { pending: "pending", running: "running", succeeded: "done", failed: "failed", cancelled: "cancelled" } as const satisfies Record<Job["status"], JobProgress["state"]>;
    const state = states[body.status];
    const generation = state === "done" && typeof body.url === "string" ? (body as unknown as Generation) : undefined;
    const progress = state === "done" ? 1 : Math.min(1, Math.max(0, Number(body.progress ?? 0)));
    return { id: body.id, state, progress, generation, error: body.error?.message };
  }

  return {
    /** Any JSON call (e.g. lib/keys-api.ts), with the same errors and headers as the rest. */
    request: json,

    status: (signal?: AbortSignal) => json<Status>("/api/media/status", { signal }),

    estimate: (body: GenerateBody, signal?: AbortSignal) =>
      json<Estimate>("/api/media/estimate", { method: "POST", body, headers: keyHeaders(), signal }),

    async generate(body: GenerateBody, init: { signal?: AbortSignal; noCache?: boolean } = {}): Promise<GenerateOutcome> {
      const headers = { ...keyHeaders(), ...(init.noCache ? { "Cache-Control": "no-cache" } : {}) };
      const response = await call("/api/media/generate", { method: "POST", body, headers, signal: init.signal });
      if (response.status === 202) return { kind: "pending", job: (await response.json()) as Job };
      const cache = response.headers.get("X-Cache") as CacheState | null;
      return { kind: "done", generation: (await response.json()) as Generation, cache };
    },

    /** Poll a job by id (through our own base, whatever host the poll_url names). */
    async job(id: string, signal?: AbortSignal): Promise<JobProgress> {
      return normaliseJob(await json<Job>(`/api/media/jobs/${encodeURIComponent(id)}`, { signal }));
    },

    /** Follow a job's live progress (SSE); resolves with its final state, throws if the stream fails or breaks. */
    async jobEvents(id: string, onProgress: (job: JobProgress) => void, signal?: AbortSignal): Promise<JobProgress> {
      const response = await call(`/api/media/jobs/${encodeURIComponent(id)}/events`, { headers: { Accept: "text/event-stream" }, signal });
      if (!response.body || !response.headers.get("Content-Type")?.startsWith("text/event-stream")) throw new ApiError(0, "no_stream", "no event stream");
      const final = await readJobEvents(response.body, (e) => onProgress(normaliseJob(e.data as Job)), signal);
      return normaliseJob(final.data as Job);
    },

    cancelJob: async (id: string): Promise<void> => {
      await call(`/api/media/jobs/${encodeURIComponent(id)}`, { method: "DELETE" });
    },

    history: (query: HistoryQuery = {}, signal?: AbortSignal) =>
      json<History>("/api/media/history", { query: { ...query }, signal }),

    usage: (days = 30, signal?: AbortSignal) => json<Usage>("/api/media/usage", { query: { days }, signal }),

    configure: (body: ConfigureRequest, adminToken: string) =>
      json<ConfigureResult>("/api/media/configure", {
        method: "POST",
        body,
        headers: { Authorization: `Bearer ${adminToken}` },
      }),

    removeKey: (provider: PaidProvider, adminToken: string) =>
      json<ConfigureResult>(`/api/media/configure/${provider}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${adminToken}` },
      }),
  };
}

export type Api = ReturnType<typeof createApi>;
