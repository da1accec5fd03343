import { TIERS, type Tier } from "./schemas";

/** Settings read from the environment (wrangler.toml [vars], .dev.vars or secrets), with their defaults. */
export interface Config {
  /** Generations per minute for a client key without its own limit (and for the admin token). */
  rateLimitPerMinute: number;
  /** Generations per minute per IP for callers without a key. */
  anonymousRateLimitPerMinute: number;
  /** The tiers callers without a key may use; empty = every endpoint but status, docs and files needs a key. */
  anonymousTiers: Tier[];
  cacheTtlSeconds: number;
  allowedOrigins: string[];
  /** How long generate waits for a slow provider before answering 202 with a job to poll. */
  syncWaitMs: number;
  /** When a background job gives up on a provider task (and cancels it there). */
  jobMaxMs: number;
  hf: { apiBase: string; hubBase: string; model: string; timeoutMs: number };
  runway: { apiBase: string; pollIntervalMs: number; timeoutMs: number };
  /** How often a live progress stream (GET /jobs/{id}/events) looks at its job. */
  jobEventsPollMs: number;
  /** Webhook delivery: attempt n+1 waits retryBaseS * 2^(n-1) s (at most 12 h, the queue's limit); after maxAttempts it is dead-lettered. */
  webhooks: { retryBaseS: number; maxAttempts: number; timeoutMs: number; secret: string | null };
}

/** The optional settings this worker reads; absent ones take the defaults below. */
export type OptionalSettings = Partial<
  Record<
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
    | "ANONYMOUS_TIERS"
    | "ANONYMOUS_RATE_LIMIT_PER_MINUTE",
    string
  >
>;

/** The bindings plus the optional secrets and settings (which `wrangler types` only lists when set). */
export type Settings = Env & OptionalSettings;

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

export function readConfig(env: Env): Config {
  const s = env as Settings;
  return {
    rateLimitPerMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, 30),
    anonymousRateLimitPerMinute: positiveInt(s.ANONYMOUS_RATE_LIMIT_PER_MINUTE, 10),
    anonymousTiers: parseAnonymousTiers(s.ANONYMOUS_TIERS),
    // KV refuses TTLs under 60 s.
    cacheTtlSeconds: Math.max(60, positiveInt(env.CACHE_TTL_SECONDS, 7 * 24 * 3600)),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    // Under Cloudflare's 30 s idle limit for a browser waiting on a response, with room to store the file.
    syncWaitMs: nonNegativeInt(s.SYNC_WAIT_MS, 25_000),
    jobMaxMs: positiveInt(s.JOB_MAX_MS, 15 * 60_000),
    hf: {
      apiBase: url(s.HF_API_BASE, "https://router.huggingface.co/hf-inference"),
      hubBase: url(s.HF_HUB_BASE, "https://huggingface.co"),
      model: s.HF_MODEL?.trim() || "stabilityai/stable-diffusion-xl-base-1.0",
      timeoutMs: positiveInt(s.HF_TIMEOUT_MS, 60_000),
    },
    runway: {
      apiBase: url(s.RUNWAY_API_BASE, "https://api.dev.runwayml.com"),
      // Runway asks clients to poll no more often than every 5 s.
      pollIntervalMs: positiveInt(s.RUNWAY_POLL_INTERVAL_MS, 5_000),
      // One HTTP call to Runway (create, status, cancel): they answer in well under a second when healthy.
      timeoutMs: positiveInt(s.RUNWAY_TIMEOUT_MS, 30_000),
    },
    jobEventsPollMs: positiveInt(s.JOB_EVENTS_POLL_MS, 1_000),
    webhooks: {
      // 40 s doubling over 12 attempts: the last one about 23 hours after the first.
      retryBaseS: nonNegativeInt(s.WEBHOOK_RETRY_BASE_S, 40),
      maxAttempts: positiveInt(s.WEBHOOK_MAX_ATTEMPTS, 12),
      timeoutMs: positiveInt(s.WEBHOOK_TIMEOUT_MS, 10_000),
      secret: s.WEBHOOK_SECRET?.trim() || null,
    },
  };
}
