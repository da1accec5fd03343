import { providerError, reasonOf, retryAfterSeconds, testKeyAt, transportError } from "../http";
import { sniff } from "../media-bytes";
import { ProviderError, type GeneratedMedia, type KeyTest, type PendingTask, type ProviderContext } from "../provider";
import { deadlineSignal } from "../timing";
import type { RunwayPlan } from "./plan";

// Runway's HTTP API (https://docs.dev.runwayml.com/api): one function per call, each mapping Runway's answers to
// our errors. Nothing here decides what to make or how long to wait.

export const ID = "runway";
export const NAME = "Runway";
export const RUNWAY_VERSION = "2024-11-06";

/** Where calls go and how long one may take: the `runway` part of the worker's config. */
export interface RunwayApi {
  apiBase: string;
  timeoutMs: number;
}

export interface RunwayTask {
  id: string;
  status: "PENDING" | "THROTTLED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  progress?: number;
  output?: string[];
  failure?: string;
  failureCode?: string;
}

function headers(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}`, "X-Runway-Version": RUNWAY_VERSION, "Content-Type": "application/json" };
}

function mapError(status: number, text: string, res: Response, during: string): ProviderError {
  if (status === 402 || /credit/i.test(text)) return providerError(ID, 402, "provider_credits_exhausted", `${NAME} credits are exhausted (${status}): ${text}`);
  switch (status) {
    case 401:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} rejected the API key (401): ${text}`);
    case 403:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} refused the key (403): ${text}`);
    case 429:
      return providerError(ID, 503, "provider_rate_limited", `${NAME} rate limit reached (429): ${text}`, retryAfterSeconds(res));
    case 502:
    case 503:
      return providerError(ID, 503, "provider_unavailable", `${NAME} is overloaded (${status}): ${text}`, retryAfterSeconds(res));
    case 504:
      return providerError(ID, 504, "provider_timeout", `${NAME} timed out (504): ${text}`);
    default:
      return providerError(ID, 502, "provider_failed", `${NAME} refused ${during} (${status}): ${text}`);
  }
}

/**
 * Starts the task and returns its id. Never retried: Runway takes no idempotency key, so a second POST after a lost
 * answer could start (and bill) a second task.
 */
export async function createTask(api: RunwayApi, p: RunwayPlan, key: string, ctx: ProviderContext): Promise<string> {
  const signal = deadlineSignal(api.timeoutMs, ctx.signal);
  let res: Response;
  try {
    res = await ctx.fetch(`${api.apiBase}/v1/${p.endpoint}`, { method: "POST", headers: headers(key), body: JSON.stringify(p.body), signal });
  } catch (err) {
    const timedOut = signal.aborted && !ctx.signal?.aborted;
    const failure = transportError(ID, NAME, err, timedOut, api.timeoutMs);
    // Not retried, and said plainly: the task may have been created without our hearing its id.
    throw timedOut ? new ProviderError(ID, 504, `${failure.message} while creating the task (not retried: it may still run at Runway)`, { code: "provider_timeout" }) : failure;
  }
  if (!res.ok) {
    const { text } = await reasonOf(res, key);
    throw mapError(res.status, text, res, `the ${p.endpoint} task`);
  }
  const body = (await res.json().catch(() => null)) as { id?: unknown } | null;
  if (!body || typeof body.id !== "string" || !body.id) throw providerError(ID, 502, "provider_bad_output", `${NAME} accepted the task but returned no task id`);
  return body.id;
}

/** One look at the task. Transport trouble is not a verdict (null): the caller keeps waiting and asks again. */
export async function getTask(api: RunwayApi, taskId: string, key: string, ctx: ProviderContext): Promise<RunwayTask | null> {
  let res: Response;
  try {
    res = await ctx.fetch(`${api.apiBase}/v1/tasks/${encodeURIComponent(taskId)}`, { headers: headers(key), signal: deadlineSignal(api.timeoutMs, ctx.signal) });
  } catch {
    return null;
  }
  if (res.status === 404) throw providerError(ID, 502, "provider_failed", `${NAME} has no task ${taskId} (404)`, undefined);
  if (res.status === 401 || res.status === 403) {
    const { text } = await reasonOf(res, key);
    throw mapError(res.status, text, res, "the status check");
  }
  if (!res.ok) {
    await res.body?.cancel();
    return null;
  }
  return (await res.json().catch(() => null)) as RunwayTask | null;
}

/** Cancels (or deletes, once finished) a task; best effort, the caller decides what a failure means. */
export async function cancelTask(api: RunwayApi, taskId: string, key: string, ctx: ProviderContext): Promise<void> {
  const res = await ctx.fetch(`${api.apiBase}/v1/tasks/${encodeURIComponent(taskId)}`, { method: "DELETE", headers: headers(key), signal: deadlineSignal(api.timeoutMs) });
  await res.body?.cancel();
}

/** Output URLs expire within a day or two: fetch the file now, and check it is the media we asked for. null = try again. */
export async function download(url: string, task: Pick<PendingTask, "mediaType" | "model" | "costMicros">, ctx: ProviderContext): Promise<GeneratedMedia | null> {
  let bytes: Uint8Array;
  try {
    const res = await ctx.fetch(url, { signal: deadlineSignal(60_000, ctx.signal) });
    if (!res.ok) {
      await res.body?.cancel();
      // An expired or missing output will not come back: a verdict. Anything else is worth another try.
      if (res.status === 403 || res.status === 404 || res.status === 410) {
        throw providerError(ID, 502, "provider_bad_output", `${NAME} output could not be downloaded (${res.status})`);
      }
      return null;
    }
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    if (err instanceof ProviderError) throw err;
    return null;
  }
  const kind = sniff(task.mediaType, bytes);
  if (!kind) throw providerError(ID, 502, "provider_bad_output", `${NAME} returned ${bytes.byteLength} bytes that are not a complete ${task.mediaType} file`);
  return { bytes, contentType: kind.contentType, extension: kind.extension, costMicros: task.costMicros, model: `runway/${task.model}` };
}

/** GET /v1/organization: whether Runway accepts the key, and its credit balance; spends nothing. */
export async function testKey(api: Pick<RunwayApi, "apiBase">, key: string, ctx: ProviderContext): Promise<KeyTest> {
  return testKeyAt(NAME, `${api.apiBase}/v1/organization`, headers(key), key, ctx, (body) => {
    const org = body as { creditBalance?: number };
    return typeof org.creditBalance === "number" ? `${org.creditBalance} credits left` : "";
  });
}
