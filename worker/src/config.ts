/** Settings read from the environment (wrangler.toml [vars], .dev.vars or secrets), with their defaults. */
export interface Config {
  rateLimitPerMinute: number;
  cacheTtlSeconds: number;
  allowedOrigins: string[];
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readConfig(env: Env): Config {
  return {
    rateLimitPerMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, 30),
    // KV refuses TTLs under 60 s.
    cacheTtlSeconds: Math.max(60, positiveInt(env.CACHE_TTL_SECONDS, 7 * 24 * 3600)),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
