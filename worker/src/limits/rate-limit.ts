import { ApiError } from "../errors";
import type { Decision } from "./limiter";

const WINDOW_MS = 60_000;
const POLICY = "per-minute";

/** Takes a slot in `bucket`'s window (the owner id for generate, "estimate:<owner id>" for estimates). */
export async function takeToken(env: Env, bucket: string, limit: number): Promise<Decision> {
  const stub = env.LIMITER.get(env.LIMITER.idFromName(bucket));
  return stub.take(limit, WINDOW_MS);
}

/** The window's state without spending a slot. */
export async function peekToken(env: Env, bucket: string, limit: number): Promise<Decision> {
  return env.LIMITER.get(env.LIMITER.idFromName(bucket)).peek(limit, WINDOW_MS);
}

/** IETF httpapi RateLimit header fields (draft-ietf-httpapi-ratelimit-headers-10). */
export function rateLimitHeaders(d: Decision): Record<string, string> {
  return {
    "RateLimit-Policy": `"${POLICY}";q=${d.limit};w=${WINDOW_MS / 1000}`,
    RateLimit: `"${POLICY}";r=${d.remaining};t=${Math.ceil(d.resetMs / 1000)}`,
  };
}

export function rateLimitedError(d: Decision, what = "generations"): ApiError {
  const retryAfter = Math.max(1, Math.ceil(d.resetMs / 1000));
  return new ApiError(429, "rate_limited", `Rate limit of ${d.limit} ${what} per minute reached; retry in ${retryAfter} s.`, { retry_after_s: retryAfter }, {
    ...rateLimitHeaders(d),
    "Retry-After": String(retryAfter),
  });
}
