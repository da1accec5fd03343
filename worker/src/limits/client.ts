import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { sha256Hex } from "../hash";

/**
 * Names the caller for limits and history: a hash of the bearer token (the token itself is never kept),
 * else the connecting IP Cloudflare reports, else "local" (wrangler dev, tests).
 */
export const identifyClient = createMiddleware<AppEnv>(async (c, next) => {
  const token = c.req.header("Authorization")?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  const ip = c.req.header("CF-Connecting-IP");
  c.set("clientId", token ? `token:${(await sha256Hex(token)).slice(0, 32)}` : ip ? `ip:${ip}` : "local");
  await next();
});
