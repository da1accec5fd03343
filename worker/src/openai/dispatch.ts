import type { Context } from "hono";
import { readConfig } from "../config";
import type { AppEnv } from "../context";
import { ApiError, type ErrorBody } from "../errors";
import type { Generation, JobView } from "../schemas";

/**
 * The /v1 routes are translations, not a second pipeline: each one calls the native route it maps to
 * (POST /api/media/generate, GET /api/media/jobs/{id}) in-process, with the caller's own headers, so history,
 * usage, the prompt cache, rate limits, budgets and Idempotency-Key all apply exactly as they do there.
 */
export type Dispatch = (req: Request, env: Env, ctx: ExecutionContext | undefined) => Response | Promise<Response>;

/** What a native call carries over from the /v1 request: identity, the caller's provider keys, cache and idempotency. */
const FORWARDED = ["Authorization", "CF-Connecting-IP", "X-HF-Key", "X-Runway-Key", "Cache-Control", "Pragma", "Idempotency-Key"];
/** Headers of a native error the /v1 answer keeps (limits and auth challenges). */
const ERROR_HEADERS = ["Retry-After", "RateLimit", "RateLimit-Policy", "WWW-Authenticate"];

function executionCtx(c: Context<AppEnv>): ExecutionContext | undefined {
  // Absent when the app is called without one (some tests); the native routes do not need it.
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}

/** Calls a native route; a non-2xx answer is rethrown as the same error (status, code, message, limit headers). */
export async function callNative(
  c: Context<AppEnv>,
  dispatch: Dispatch,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  headerOverrides: Record<string, string | null> = {},
): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = c.req.header(name);
    if (value !== undefined) headers.set(name, value);
  }
  for (const [name, value] of Object.entries(headerOverrides)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const req = new Request(new URL(path, c.req.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const res = await dispatch(req, c.env, executionCtx(c));
  if (res.ok) return res;
  const parsed = (await res.json().catch(() => null)) as ErrorBody | null;
  const kept: Record<string, string> = {};
  for (const name of ERROR_HEADERS) {
    const value = res.headers.get(name);
    if (value) kept[name] = value;
  }
  throw new ApiError(res.status as never, parsed?.error?.code ?? "upstream_error", parsed?.error?.message ?? `failed with ${res.status}`, parsed?.error?.details, kept);
}

export type Generated = { kind: "done"; generation: Generation } | { kind: "job"; job: JobView };

/** POST /api/media/generate with a native body. */
export async function generateNative(c: Context<AppEnv>, dispatch: Dispatch, body: Record<string, unknown>, headerOverrides?: Record<string, string | null>): Promise<Generated> {
  const res = await callNative(c, dispatch, "POST", "/api/media/generate", body, headerOverrides);
  return res.status === 202 ? { kind: "job", job: await res.json<JobView>() } : { kind: "done", generation: await res.json<Generation>() };
}

export function getJobNative(c: Context<AppEnv>, dispatch: Dispatch, id: string): Promise<JobView> {
  return callNative(c, dispatch, "GET", `/api/media/jobs/${id}`).then((res) => res.json<JobView>());
}

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

/**
 * For endpoints whose OpenAI counterpart answers with the finished media (images, speech): waits for a job
 * that went async, polling it as a client would, up to `maxWaitMs`; then a 504 that names the job to poll.
 */
export async function waitForResult(c: Context<AppEnv>, dispatch: Dispatch, made: Generated, maxWaitMs = 120_000): Promise<Generation> {
  if (made.kind === "done") return made.generation;
  const pollMs = Math.max(20, Math.min(readConfig(c.env).runway.pollIntervalMs, 5_000));
  const until = Date.now() + maxWaitMs;
  let job = made.job;
  while (!TERMINAL.has(job.status)) {
    if (Date.now() > until) {
      throw new ApiError(504, "timeout", `the generation is still running after ${Math.round(maxWaitMs / 1000)} s; poll ${job.poll_url} for it`, { job_id: job.id, poll_url: job.poll_url });
    }
    await new Promise((r) => setTimeout(r, pollMs));
    job = await getJobNative(c, dispatch, job.id);
  }
  if (job.status !== "succeeded") {
    throw new ApiError(502, job.error?.code === "CANCELLED" ? "cancelled" : "provider_failed", `the generation ${job.status}: ${job.error?.message ?? "no reason given"}`, { job_id: job.id });
  }
  return job as unknown as Generation;
}

/** The stored file behind a generation's URL (…/api/media/files/<key>). */
export async function fileOf(env: Env, generation: Pick<Generation, "url">): Promise<R2ObjectBody> {
  const key = decodeURIComponent(new URL(generation.url).pathname.split("/").pop() ?? "");
  const obj = await env.MEDIA.get(key);
  if (!obj) throw new ApiError(404, "not_found", "the generated file is no longer stored");
  return obj;
}
