import type { Decision } from "../limits/limiter";

/** All failed authentications are counted in one object (a table per IP inside), never one per invented token. */
const AUTH_OBJECT = "auth-failures";
const WINDOW_MS = 60_000;

function stub(env: Env) {
  return env.LIMITER.get(env.LIMITER.idFromName(AUTH_OBJECT));
}

export function recordAuthFailure(env: Env, ip: string, limit: number): Promise<Decision> {
  return stub(env).authFailure(ip, limit, WINDOW_MS);
}

export function authLockState(env: Env, ip: string, limit: number): Promise<Decision> {
  return stub(env).authState(ip, limit, WINDOW_MS);
}
