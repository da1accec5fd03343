import type { GenerateOptions, MediaType, Tier } from "../schemas";

/** What a provider is asked to make: the validated request, without API concerns (tier, cache, project). */
export interface MediaRequest {
  description: string;
  media_type: MediaType;
  options: GenerateOptions;
}

/** Keys a caller brought in X-HF-Key / X-Runway-Key: used for this request only, never stored or logged. */
export interface RequestKeys {
  stable_diffusion?: string;
  runway?: string;
}

/** Everything a provider may reach: bindings and an injectable fetch (tests pass a fake). */
export interface ProviderContext {
  env: Env;
  fetch: typeof fetch;
  signal?: AbortSignal;
  byok?: RequestKeys;
  /** Called by async providers as soon as a task exists (before any polling): the pipeline records it and hands it to a job. */
  onTaskCreated?(task: PendingTask): Promise<void>;
}

export interface GeneratedMedia {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
  /** What this result actually cost, from the price table and what was really produced. */
  costMicros: number;
  /** The model or engine that made it, for history and debugging. */
  model: string;
}

/**
 * A task the provider accepted but had not finished within the synchronous wait. The pipeline answers 202
 * and a job (Durable Object) keeps polling it with `poll`. Holds no secret: the job resolves the key again.
 */
export interface PendingTask {
  pending: true;
  providerId: string;
  taskId: string;
  mediaType: MediaType;
  model: string;
  /** 0..1 as last reported by the provider. */
  progress: number;
  /** The provider's own state name (PENDING, THROTTLED, RUNNING). */
  state: string;
  /** What the task will cost if it succeeds; charged only then. */
  costMicros: number;
}

export type ProviderOutcome = GeneratedMedia | PendingTask;

export function isPending(outcome: ProviderOutcome): outcome is PendingTask {
  return (outcome as PendingTask).pending === true;
}

/** One look at a remote task: still going (with progress), or done with its file downloaded. */
export type TaskPoll = { done: false; progress: number; state: string } | { done: true; media: GeneratedMedia };

export interface Estimate {
  costMicros: number;
  timeMs: number;
}

/** The provider's verdict on a key, in words a person can act on. */
export interface KeyTest {
  ok: boolean;
  message: string;
}

/** One tier's source of media. Routes and the pipeline only ever see this interface. */
export interface Provider {
  readonly id: string;
  readonly tier: Tier;
  /** Human name, shown in /status. */
  readonly label: string;
  readonly mediaTypes: readonly MediaType[];
  isConfigured(ctx: ProviderContext): Promise<boolean>;
  estimate(req: MediaRequest): Estimate;
  /** Makes the media, or (async providers) hands back a task still running after the synchronous wait. */
  generate(req: MediaRequest, ctx: ProviderContext): Promise<ProviderOutcome>;
  /** Asks the provider whether `key` works, without storing or spending anything. */
  testKey?(key: string, ctx: ProviderContext): Promise<KeyTest>;
  /** Async providers: one status check of a pending task; throws ProviderError when it failed. */
  poll?(task: PendingTask, ctx: ProviderContext): Promise<TaskPoll>;
  /** Async providers: cancel a pending task at the provider (best effort). */
  cancel?(task: PendingTask, ctx: ProviderContext): Promise<void>;
}

/** Stable codes for provider failures; the message carries the provider's own reason. */
export type ProviderErrorCode =
  | "provider_failed"
  | "provider_key_rejected"
  | "provider_credits_exhausted"
  | "provider_rate_limited"
  | "provider_unavailable"
  | "provider_timeout"
  | "provider_bad_output"
  | "provider_refused_content"
  /** Not the provider: our own MONTHLY_SPEND_LIMIT_USD would be exceeded, so the provider was not called. */
  | "spend_limit_reached"
  /** Not the provider: the caller's key budget (or its prepaid credits) cannot cover it; not called. */
  | "key_budget_exhausted"
  | "credits_exhausted";

/**
 * A provider could not deliver (timeout, 5xx, bad bytes, exhausted credits...). With tier "auto" the
 * pipeline falls through to the next tier; with an explicit tier it becomes this HTTP error.
 */
export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly retryAfterS: number | undefined;
  /** The provider's own code for a failed task (Runway's failureCode), kept with the job's record. */
  readonly failureCode: string | undefined;
  constructor(
    readonly providerId: string,
    readonly status: 402 | 502 | 503 | 504,
    message: string,
    options: { code?: ProviderErrorCode; retryAfterS?: number; failureCode?: string } = {},
  ) {
    super(message);
    this.name = "ProviderError";
    this.code = options.code ?? "provider_failed";
    this.retryAfterS = options.retryAfterS;
    this.failureCode = options.failureCode;
  }
}
