import { createMiddleware } from "hono/factory";
import { readConfig } from "../config";
import type { AppEnv } from "../context";
import { ApiError } from "../errors";

const encoder = new TextEncoder();

/** Equal strings, compared in time that depends on neither's content (both are hashed to 32 bytes first). */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [ha, hb] = await Promise.all([crypto.subtle.digest("SHA-256", encoder.encode(a)), crypto.subtle.digest("SHA-256", encoder.encode(b))]);
  return crypto.subtle.timingSafeEqual(ha, hb);
}

/**
 * Admin-only routes: the caller must have presented the ADMIN_TOKEN as a bearer (identifyCaller checked it, in
 * constant time and behind the per-IP lockout). Without an ADMIN_TOKEN they are switched off.
 */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = readConfig(c.env).adminToken;
  if (!expected) {
    throw new ApiError(
      503,
      "admin_token_not_set",
      "Key configuration is disabled until an admin token is set: `wrangler secret put ADMIN_TOKEN` (or ADMIN_TOKEN in .dev.vars for npm run dev), then send it as Authorization: Bearer <token>.",
    );
  }
  const caller = c.get("caller");
  if (caller.kind === "key") throw new ApiError(403, "forbidden", "This needs the admin token; a client key cannot manage keys or providers.");
  if (caller.kind !== "admin") {
    throw new ApiError(401, "unauthorized", "Send Authorization: Bearer <ADMIN_TOKEN>.", undefined, { "WWW-Authenticate": 'Bearer realm="edge-media"' });
  }
  await next();
});
