import { MICROS_PER_DOLLAR } from "./pricing";
import { TIERS, type Tier } from "./schemas";

/**
 * Every setting this worker reads, parsed in this one place into one typed object (wrangler.toml [vars], .dev.vars
 * or secrets; absent ones take the defaults below). Nothing else reads a setting from `env`.
 */
export interface Config {
  /** Generations per minute for a client key without its own limit (and for the admin token). */
  rateLimitPerMinute: number;
  /** Generations per minute per IP for callers without a key. */
  anonymousRateLimitPerMinute: number;
  /** The tiers callers without a key may use; empty = every endpoint but status, docs and files needs a key. */
  anonymousTiers: Tier[];
  cacheTtlSeconds: number;
  allowedOrigins: string[];
  /** Paid spend allowed per calendar month (UTC), from MONTHLY_SPEND_LIMIT_USD; null means no limit. */
  monthlySpendLimitMicros: number | null;
  /** How long generate waits for a slow provider before answering 202 with a job to poll. */
  syncWaitMs: number;
  /** When a background job gives up on a provider task (and cancels it there). */
  jobMaxMs: number;
  hf: { apiBase: string; hubBase: string; model: string; timeoutMs: number };
  runway: { apiBase: string; pollIntervalMs: number; timeoutMs: number };
  /** How often a live progress stream (GET /jobs/{id}/events) looks at its job. */
  jobEventsPollMs: number;
  /** Webhook delivery: attempt n+1 waits retryBaseS * 2^(n-1) s (at most 12 h, the queue's limit); after maxAttempts it is dead-lettered. */
  webhooks: { retryBaseS: number; maxAttempts: number; timeoutMs: number; secret?: string };
  /** Cost-overage alerts go to this URL, signed with this whsec_ secret (both needed; absent means record only). */
  alerts: { url?: string; secret?: string };
  /** Secrets, absent unless set: key configuration is off without the first two, a paid tier without its key. */
  adminToken?: string;
  keyEncryptionSecret?: string;
  serverKeys: { stable_diffusion?: string; runway?: string };
}

/**
 * Settings wrangler.toml does not set, so the generated `Env` (bindings and [vars]) does not list them: they exist
 * only when .dev.vars or `wrangler secret put` provides them, and are typed as possibly absent.
 */
type OptionalSetting =
  | "SYNC_WAIT_MS"
  | "JOB_MAX_MS"
  | "HF_API_BASE"
  | "HF_HUB_BASE"
  | "HF_MODEL"
  | "HF_TIMEOUT_MS"
  | "RUNWAY_API_BASE"
  | "RUNWAY_POLL_INTERVAL_MS"
  | "RUNWAY_TIMEOUT_MS"
  | "STABLE_DIFFUSION_KEY"
  | "RUNWAY_API_KEY"
  | "ADMIN_TOKEN"
  | "KEY_ENCRYPTION_SECRET"
  | "JOB_EVENTS_POLL_MS"
  | "WEBHOOK_SECRET"
  | "WEBHOOK_RETRY_BASE_S"
  | "WEBHOOK_MAX_ATTEMPTS"
  | "WEBHOOK_TIMEOUT_MS"
  | "ALERT_WEBHOOK_URL"
  | "ALERT_WEBHOOK_SECRET";

/** What the runtime hands the worker: the bindings and [vars], plus whichever optional settings are set. */
export type WorkerEnv = Env & { readonly [K in OptionalSetting]?: string };

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function nonNegativeInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

function url(value: string | undefined, fallback: string): string {
  return (value?.trim() || fallback).replace(/\/+$/, "");
}

/** A secret with surrounding whitespace removed (a pasted newline is common); empty counts as unset. */
function secret(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

function dollarsLimit(value: string | undefined): number | null {
  const raw = value?.trim();
  if (!raw || raw.toLowerCase() === "none") return null;
  const dollars = Number(raw);
  return Number.isFinite(dollars) && dollars >= 0 ? Math.round(dollars * MICROS_PER_DOLLAR) : null;
}

/**
 * ANONYMOUS_TIERS: "all", "none" or a comma-separated list of tiers. Anything unreadable means "free":
 * a typo must never open the paid tiers to strangers.
 */
export function parseAnonymousTiers(value: string | undefined): Tier[] {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "all") return [...TIERS];
  if (text === "none") return [];
  const listed = text.split(",").map((t) => t.trim());
  if (!text || listed.some((t) => !(TIERS as readonly string[]).includes(t))) return ["free"];
  return TIERS.filter((t) => listed.includes(t));
}

/**
 * Settings cannot change within an isolate's life (a deploy or a new secret starts new isolates), and readConfig is
 * asked several times per request (CORS, the caller, limits, keys): each env object is parsed once.
 */
let parsed = new WeakMap<object, Config>();

export function readConfig(env: WorkerEnv): Config {
  let config = parsed.get(env);
  if (!config) parsed.set(env, (config = parseConfig(env)));
  return config;
}

/** Forgets every parsed env: for tests, which change settings on the live env object (worker/test/helpers.ts setEnv). */
export function forgetConfig(): void {
  parsed = new WeakMap();
}

function parseConfig(env: WorkerEnv): Config {
  return {
    rateLimitPerMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, 30),
    anonymousRateLimitPerMinute: positiveInt(env.ANONYMOUS_RATE_LIMIT_PER_MINUTE, 10),
    anonymousTiers: parseAnonymousTiers(env.ANONYMOUS_TIERS),
    // KV refuses TTLs under 60 s.
    cacheTtlSeconds: Math.max(60, positiveInt(env.CACHE_TTL_SECONDS, 7 * 24 * 3600)),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    monthlySpendLimitMicros: dollarsLimit(env.MONTHLY_SPEND_LIMIT_USD),
    // Under Cloudflare's 30 s idle limit for a browser waiting on a response, with room to store the file.
    syncWaitMs: nonNegativeInt(env.SYNC_WAIT_MS, 25_000),
    jobMaxMs: positiveInt(env.JOB_MAX_MS, 15 * 60_000),
    hf: {
      apiBase: url(env.HF_API_BASE, "https://router.huggingface.co/hf-inference"),
      hubBase: url(env.HF_HUB_BASE, "https://huggingface.co"),
      model: env.HF_MODEL?.trim() || "stabilityai/stable-diffusion-xl-base-1.0",
      timeoutMs: positiveInt(env.HF_TIMEOUT_MS, 60_000),
    },
    runway: {
      apiBase: url(env.RUNWAY_API_BASE, "https://api.dev.runwayml.com"),
      // Runway asks clients to poll no more often than every 5 s.
      pollIntervalMs: positiveInt(env.RUNWAY_POLL_INTERVAL_MS, 5_000),
      // One HTTP call to Runway (create, status, cancel): they answer in well under a second when healthy.
      timeoutMs: positiveInt(env.RUNWAY_TIMEOUT_MS, 30_000),
    },
    adminToken: secret(env.ADMIN_TOKEN),
    keyEncryptionSecret: secret(env.KEY_ENCRYPTION_SECRET),
    serverKeys: { stable_diffusion: secret(env.STABLE_DIFFUSION_KEY), runway: secret(env.RUNWAY_API_KEY) },
    jobEventsPollMs: positiveInt(env.JOB_EVENTS_POLL_MS, 1_000),
    webhooks: {
      // 40 s doubling over 12 attempts: the last one about 23 hours after the first.
      retryBaseS: nonNegativeInt(env.WEBHOOK_RETRY_BASE_S, 40),
      maxAttempts: positiveInt(env.WEBHOOK_MAX_ATTEMPTS, 12),
      timeoutMs: positiveInt(env.WEBHOOK_TIMEOUT_MS, 10_000),
      secret: secret(env.WEBHOOK_SECRET),
    },
    alerts: { url: secret(env.ALERT_WEBHOOK_URL), secret: secret(env.ALERT_WEBHOOK_SECRET) },
  };
}
