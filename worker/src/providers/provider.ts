import type { GenerateOptions, MediaType, Tier } from "../schemas";

/** What a provider is asked to make: the validated request, without API concerns (tier, cache, project). */
export interface MediaRequest {
  description: string;
  media_type: MediaType;
  options: GenerateOptions;
}

/** Everything a provider may reach: bindings and an injectable fetch (tests pass a fake). */
export interface ProviderContext {
  env: Env;
  fetch: typeof fetch;
  signal?: AbortSignal;
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

export interface Estimate {
  costMicros: number;
  timeMs: number;
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
  generate(req: MediaRequest, ctx: ProviderContext): Promise<GeneratedMedia>;
}

/**
 * A provider could not deliver (timeout, 5xx, bad bytes, exhausted credits...). With tier "auto" the
 * pipeline falls through to the next tier; with an explicit tier it becomes this HTTP error.
 */
export class ProviderError extends Error {
  constructor(
    readonly providerId: string,
    readonly status: 402 | 502 | 503 | 504,
    message: string,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
