import type { Context } from "hono";
import { readConfig } from "../config";
import type { AppEnv } from "../context";
import { getDb } from "../db/drizzle";
import { claimKey, getKey, releaseKey, saveResponse } from "../db/idempotency";
import { ApiError } from "../errors";
import { sha256Hex } from "../hash";
import { getJob } from "../jobs/rpc";
import { staleAfterMs } from "./reconcile";

export const IDEMPOTENCY_KEY_MAX = 255;
const WAIT_STEP_MS = 50;

/** Same JSON whatever the key order, so a re-sent body hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Idempotency-Key on POST /generate: the first request with a key (per owner, 24 h) runs; every later one gets
 * its response again with `Idempotent-Replayed: true` (a job it started is shown as it is now), and nothing is
 * generated, stored or charged again. Concurrent requests with the key wait for the first one's answer.
 * The claim is a D1 row with a primary key on (owner, key): exactly one request can insert it.
 */
export async function idempotent<R extends Response>(c: Context<AppEnv>, owner: string, body: unknown, run: () => Promise<R>): Promise<R> {
  const key = c.req.header("Idempotency-Key");
  if (key === undefined) return run();
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX) {
    throw new ApiError(400, "invalid_idempotency_key", `Idempotency-Key must be 1-${IDEMPOTENCY_KEY_MAX} characters (got ${key.length})`);
  }
  const db = getDb(c.env.DB);
  const bodyHash = await sha256Hex(canonical(body));
  const config = readConfig(c.env);
  const waitUntil = Date.now() + config.syncWaitMs + staleAfterMs(config);
  for (;;) {
    const claim = await claimKey(db, owner, key, bodyHash);
    if (claim.claimed) return runAndSave(c, owner, key, run);
    const record = claim.record;
    if (record.bodyHash !== bodyHash) {
      throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request body; use a new key for a new request");
    }
    if (record.responseStatus !== null) return replay<R>(c, record.responseStatus, record.responseBody ?? "null");
    // The first request is still working: wait for its answer (or, if it died, take the key over).
    if (Date.now() - record.createdAt > staleAfterMs(config)) {
      await releaseKey(db, owner, key);
      continue;
    }
    if (Date.now() > waitUntil) {
      throw new ApiError(409, "idempotency_key_in_progress", "A request with this Idempotency-Key is still running; retry shortly", undefined, { "Retry-After": "1" });
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    const again = await getKey(db, owner, key);
    if (again?.responseStatus !== null && again?.responseStatus !== undefined) return replay<R>(c, again.responseStatus, again.responseBody ?? "null");
  }
}

async function runAndSave<R extends Response>(c: Context<AppEnv>, owner: string, key: string, run: () => Promise<R>): Promise<R> {
  const db = getDb(c.env.DB);
  let res: R;
  try {
    res = await run();
  } catch (err) {
    // A definite answer about this request (402, 409, 422...) is replayed; a 429 or our own 5xx is not final.
    if (err instanceof ApiError && err.status < 500 && err.status !== 429) await saveResponse(db, owner, key, err.status, JSON.stringify(err.body()));
    else await releaseKey(db, owner, key);
    throw err;
  }
  await saveResponse(db, owner, key, res.status, await res.clone().text());
  return res;
}

/** Typed as the route's own response: it is one, replayed byte for byte (or the job it started, as it is now). */
async function replay<R extends Response>(c: Context<AppEnv>, status: number, body: string): Promise<R> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "Idempotent-Replayed": "true" };
  const saved = JSON.parse(body) as { id?: string; poll_url?: string } | null;
  if (status === 202 && saved?.id) {
    // The job it started, as it is now: still running (202), or finished (its result).
    const job = await getJob(c.env, saved.id);
    if (job) {
      const running = job.status === "pending" || job.status === "running";
      if (running && job.poll_url) headers.Location = job.poll_url;
      return new Response(JSON.stringify(job), { status: running ? 202 : 200, headers }) as R;
    }
  }
  return new Response(body, { status, headers }) as R;
}
