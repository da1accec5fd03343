import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { readConfig } from "../config";
import type { AppEnv, Caller } from "../context";
import { ApiError } from "../errors";
import { sha256Hex } from "../hash";
import { constantTimeEqual } from "../keys/admin";
import { TIERS, type Tier } from "../schemas";
import { findKeyByHash, KEY_PATTERN, keyOwnerId } from "./keys";
import { authLockState, recordAuthFailure } from "./lockout";

export type { Caller } from "../context";

export const ADMIN_OWNER = "admin";

/** Failed bearers allowed per IP and minute before every bearer from that IP is answered 429. */
export const AUTH_FAILURES_PER_MINUTE = 10;

/** Paths anyone may call even when ANONYMOUS_TIERS=none. */
const OPEN_PATHS = [/^\/api\/media\/status$/, /^\/api\/docs$/, /^\/api\/openapi\.json$/, /^\/api\/media\/files\//];

function invalidKey(message: string): ApiError {
  return new ApiError(401, "invalid_api_key", message, undefined, { "WWW-Authenticate": 'Bearer realm="edge-media", error="invalid_token"' });
}

export function keyRequired(): ApiError {
  return new ApiError(401, "api_key_required", "This API needs a client key here: send Authorization: Bearer emk_... (ask the operator for one).", undefined, {
    "WWW-Authenticate": 'Bearer realm="edge-media"',
  });
}

/** The connecting address Cloudflare reports (CF-Connecting-IP), or null (local tools and tests). */
export function clientIp(c: Context<AppEnv>): string | null {
  return c.req.header("CF-Connecting-IP")?.trim() || null;
}

async function authenticate(c: Context<AppEnv>, header: string): Promise<Caller> {
  const ip = clientIp(c) ?? "local";
  // One bearer token of visible ASCII; anything else is malformed (and counts as a failure, like a wrong one).
  const token = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(header.trim())?.[1];
  if (token && KEY_PATTERN.test(token)) {
    const key = await findKeyByHash(c.env, await sha256Hex(token));
    const now = Date.now();
    if (key && key.revokedAt === null && (key.expiresAt === null || key.expiresAt > now)) {
      return { kind: "key", ownerId: keyOwnerId(key.id), key };
    }
    await fail(c, ip);
    // The holder of a revoked or expired key may learn which; a guess learns nothing either way.
    throw invalidKey(!key ? "Unknown API key." : key.revokedAt !== null ? "This API key has been revoked." : "This API key has expired.");
  }
  const admin = readConfig(c.env).adminToken;
  if (token && admin && (await constantTimeEqual(token, admin))) {
    // Even the right admin token is refused while its IP is locked out: otherwise the lockout would not slow a guesser.
    const state = await authLockState(c.env, ip, AUTH_FAILURES_PER_MINUTE);
    if (!state.allowed) throw lockedOut(state.resetMs);
    return { kind: "admin", ownerId: ADMIN_OWNER };
  }
  await fail(c, ip);
  throw invalidKey(token ? "Unknown API key (client keys look like emk_...; the admin token is also accepted)." : "Malformed Authorization header: send Authorization: Bearer <key>.");
}

async function fail(c: Context<AppEnv>, ip: string): Promise<void> {
  const decision = await recordAuthFailure(c.env, ip, AUTH_FAILURES_PER_MINUTE);
  if (!decision.allowed) throw lockedOut(decision.resetMs);
}

function lockedOut(resetMs: number): ApiError {
  const retryAfter = Math.max(1, Math.ceil(resetMs / 1000));
  return new ApiError(429, "too_many_auth_failures", `Too many failed authentications from this address; retry in ${retryAfter} s.`, { retry_after_s: retryAfter }, {
    "Retry-After": String(retryAfter),
  });
}

/**
 * Names the caller (see `Caller`). A present but wrong, malformed, revoked or expired bearer is a 401
 * (never anonymous); failures are counted per IP in one shared object. Without ANONYMOUS_TIERS, anonymous
 * callers only reach status, docs and files.
 */
export const identifyCaller = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization");
  let caller: Caller;
  if (header !== undefined) {
    caller = await authenticate(c, header);
  } else {
    const ip = clientIp(c);
    caller = { kind: "anonymous", ownerId: ip ? `ip:${ip}` : "local", ip };
    const path = new URL(c.req.url).pathname;
    if (readConfig(c.env).anonymousTiers.length === 0 && !OPEN_PATHS.some((p) => p.test(path))) throw keyRequired();
  }
  c.set("caller", caller);
  c.set("clientId", caller.ownerId);
  await next();
});

/** The tiers this caller may use. */
export function allowedTiers(caller: Caller, env: Env): readonly Tier[] {
  if (caller.kind === "admin") return TIERS;
  if (caller.kind === "key") return caller.key.tiers;
  return readConfig(env).anonymousTiers;
}

/** Generations per minute for this caller. */
export function generateLimit(caller: Caller, env: Env): number {
  const config = readConfig(env);
  if (caller.kind === "key") return caller.key.rateLimitPerMinute ?? config.rateLimitPerMinute;
  if (caller.kind === "anonymous") return config.anonymousRateLimitPerMinute;
  return config.rateLimitPerMinute;
}

/** Estimates are cheap but not free: ten per generation allowed. */
export const ESTIMATES_PER_GENERATION = 10;

/**
 * Whose generations a read covers: the caller's own, or for the admin everything (null) or one key's
 * (`?client=<key id>`). A non-admin asking for another client gets 403.
 */
export function readScope(caller: Caller, client: string | undefined): string | null {
  if (caller.kind === "admin") return client ? keyOwnerId(client) : null;
  if (client !== undefined && !(caller.kind === "key" && caller.key.id === client)) {
    throw new ApiError(403, "forbidden", "client: only the admin token may read another client's generations");
  }
  return caller.ownerId;
}

/** Whether a generation owned by `ownerId` is visible to the caller (not yours = not found). */
export function owns(caller: Caller, ownerId: string): boolean {
  return caller.kind === "admin" || caller.ownerId === ownerId;
}
