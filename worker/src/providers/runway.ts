import { readConfig } from "../config";
import { resolveKey } from "../keys/store";
import { priceMicros, runwayImageMicros, runwaySpeechMicros, runwayVideoMicros } from "../pricing";
import type { MediaType } from "../schemas";
import { providerError, reasonOf, retryAfterSeconds, transportError } from "./http";
import { sniff } from "./media-bytes";
import {
  ProviderError,
  deadlineSignal,
  sleep,
  type GeneratedMedia,
  type KeyTest,
  type MediaRequest,
  type PendingTask,
  type Provider,
  type ProviderContext,
  type TaskPoll,
} from "./provider";

const ID = "runway";
const NAME = "Runway";
export const RUNWAY_VERSION = "2024-11-06";

/** The request we send Runway for a media request, and what it costs if it succeeds. */
export interface RunwayPlan {
  endpoint: "text_to_image" | "text_to_video" | "text_to_speech" | "sound_effect";
  body: Record<string, unknown>;
  model: string;
  costMicros: number;
}

const IMAGE_RATIOS = [
  [1024, 1024],
  [1280, 720],
  [720, 1280],
  [1920, 1080],
  [1080, 1920],
] as const;

/** The gen4_image ratio closest in shape (then in size) to what was asked; square when nothing was. */
export function imageRatio(width?: number, height?: number): [number, number] {
  if (width === undefined && height === undefined) return [1024, 1024];
  const w = width ?? height!;
  const h = height ?? width!;
  const score = ([rw, rh]: readonly [number, number]) => Math.abs(Math.log(rw / rh / (w / h))) * 10 + Math.abs(Math.log((rw * rh) / (w * h)));
  const best = [...IMAGE_RATIOS].sort((a, b) => score(a) - score(b))[0]!;
  return [best[0], best[1]];
}

/** Seconds named in a description ("a 6 second clip", "8s"), if any. */
export function secondsInPrompt(text: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:s|secs?|seconds?)\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Speech when the description asks for words to be spoken: quoted words, "say ...", a voice-over or narration.
 * Returns the text to speak, or undefined for a sound effect.
 */
export function speechText(description: string): string | undefined {
  const quoted = /["“]([^"”]{1,1000})["”]/.exec(description);
  if (quoted) return quoted[1]!.trim();
  const say = /\b(?:say|says|saying|speak|speaks|read(?:s)? aloud)\b[:,]?\s+(.+)$/i.exec(description);
  if (say) return say[1]!.trim();
  if (/\b(voice[- ]?over|narrat(?:ion|or|e|ed)|spoken|speech)\b/i.test(description)) {
    return description.replace(/^\s*(?:a\s+)?(?:voice[- ]?over|narration)\s*[:,-]?\s*/i, "").trim() || description;
  }
  return undefined;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function plan(req: MediaRequest): RunwayPlan {
  const promptText = req.description.slice(0, 1000);
  if (req.media_type === "image") {
    const [w, h] = imageRatio(req.options.width, req.options.height);
    const body: Record<string, unknown> = { model: "gen4_image", promptText, ratio: `${w}:${h}` };
    if (req.options.seed !== undefined) body.seed = req.options.seed;
    return { endpoint: "text_to_image", body, model: "gen4_image", costMicros: runwayImageMicros(w, h) };
  }
  if (req.media_type === "video") {
    const asked = req.options.duration_s ?? secondsInPrompt(req.description) ?? 5;
    const duration = clamp(Math.round(asked), 2, 10);
    const portrait = (req.options.height ?? 0) > (req.options.width ?? 0);
    const body: Record<string, unknown> = { model: "gen4.5", promptText, ratio: portrait ? "720:1280" : "1280:720", duration };
    if (req.options.seed !== undefined) body.seed = req.options.seed;
    return { endpoint: "text_to_video", body, model: "gen4.5", costMicros: runwayVideoMicros(duration) };
  }
  const words = speechText(req.description);
  if (words !== undefined) {
    const text = words.slice(0, 1000);
    return {
      endpoint: "text_to_speech",
      body: { model: "eleven_multilingual_v2", promptText: text, voice: { type: "runway-preset", presetId: "Maya" } },
      model: "eleven_multilingual_v2",
      costMicros: runwaySpeechMicros(text.length),
    };
  }
  const seconds = req.options.duration_s ?? secondsInPrompt(req.description);
  const body: Record<string, unknown> = { model: "eleven_text_to_sound_v2", promptText };
  if (seconds !== undefined) body.duration = clamp(seconds, 0.5, 30);
  return { endpoint: "sound_effect", body, model: "eleven_text_to_sound_v2", costMicros: priceMicros("runway/eleven_text_to_sound_v2") };
}

function headers(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}`, "X-Runway-Version": RUNWAY_VERSION, "Content-Type": "application/json" };
}

async function keyFor(ctx: ProviderContext): Promise<string> {
  const resolved = await resolveKey(ctx, "runway");
  if (!resolved) throw providerError(ID, 502, "provider_key_rejected", `${NAME}: no API key configured`);
  return resolved.key;
}

interface RunwayTask {
  id: string;
  status: "PENDING" | "THROTTLED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  progress?: number;
  output?: string[];
  failure?: string;
  failureCode?: string;
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
 * Starts the task. Never retried: Runway takes no idempotency key, so a second POST after a lost answer
 * could start (and bill) a second task.
 */
async function createTask(p: RunwayPlan, key: string, ctx: ProviderContext): Promise<string> {
  const { apiBase, timeoutMs } = readConfig(ctx.env).runway;
  const signal = deadlineSignal(timeoutMs, ctx.signal);
  let res: Response;
  try {
    res = await ctx.fetch(`${apiBase}/v1/${p.endpoint}`, { method: "POST", headers: headers(key), body: JSON.stringify(p.body), signal });
  } catch (err) {
    const timedOut = signal.aborted && !ctx.signal?.aborted;
    const failure = transportError(ID, NAME, err, timedOut, timeoutMs);
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

/** One look at the task. Transport trouble is not a verdict: the caller keeps waiting and asks again. */
async function getTask(taskId: string, key: string, ctx: ProviderContext): Promise<RunwayTask | null> {
  const { apiBase, timeoutMs } = readConfig(ctx.env).runway;
  let res: Response;
  try {
    res = await ctx.fetch(`${apiBase}/v1/tasks/${encodeURIComponent(taskId)}`, { headers: headers(key), signal: deadlineSignal(timeoutMs, ctx.signal) });
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

/** Output URLs expire within a day or two: fetch the file now, and check it is the media we asked for. */
async function download(url: string, mediaType: MediaType, model: string, costMicros: number, ctx: ProviderContext): Promise<GeneratedMedia | null> {
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
  const kind = sniff(mediaType, bytes);
  if (!kind) throw providerError(ID, 502, "provider_bad_output", `${NAME} returned ${bytes.byteLength} bytes that are not a complete ${mediaType} file`);
  return { bytes, contentType: kind.contentType, extension: kind.extension, costMicros, model: `runway/${model}` };
}

async function pollOnce(task: PendingTask, key: string, ctx: ProviderContext): Promise<TaskPoll> {
  const t = await getTask(task.taskId, key, ctx);
  if (!t) return { done: false, progress: task.progress, state: task.state };
  switch (t.status) {
    case "SUCCEEDED": {
      const url = t.output?.[0];
      if (!url) throw providerError(ID, 502, "provider_bad_output", `${NAME} task succeeded without an output URL`);
      const media = await download(url, task.mediaType, task.model, task.costMicros, ctx);
      return media ? { done: true, media } : { done: false, progress: 1, state: "DOWNLOADING" };
    }
    case "FAILED": {
      const code = t.failureCode ?? "UNKNOWN";
      const refused = code.startsWith("SAFETY.");
      throw new ProviderError(ID, 502, `${NAME} task failed (${code}): ${t.failure ?? "no reason given"}`, {
        code: refused ? "provider_refused_content" : "provider_failed",
        failureCode: code,
      });
    }
    case "CANCELLED":
      throw new ProviderError(ID, 502, `${NAME} task was cancelled`, { failureCode: "CANCELLED" });
    default:
      return { done: false, progress: typeof t.progress === "number" ? clamp(t.progress, 0, 1) : task.progress, state: t.status };
  }
}

/** The premium tier: Runway's task API for images, video, speech and sound effects. */
export const runway: Provider = {
  id: ID,
  tier: "premium",
  label: "Runway",
  mediaTypes: ["image", "video", "audio"],

  async isConfigured(ctx) {
    return (await resolveKey(ctx, "runway")) !== null;
  },

  estimate(req) {
    const p = plan(req);
    const timeMs = p.endpoint === "text_to_video" ? 60_000 : p.endpoint === "text_to_image" ? 15_000 : 8_000;
    return { costMicros: p.costMicros, timeMs };
  },

  async generate(req, ctx) {
    const cfg = readConfig(ctx.env);
    const key = await keyFor(ctx);
    const p = plan(req);
    const taskId = await createTask(p, key, ctx);
    let task: PendingTask = { pending: true, providerId: ID, taskId, mediaType: req.media_type, model: p.model, progress: 0, state: "PENDING", costMicros: p.costMicros };
    await ctx.onTaskCreated?.(task);
    // From here on the task exists (and may bill): only the provider's own verdict ends it; anything else
    // hands it to a background job rather than failing over to another tier while it still runs.
    const deadline = Date.now() + cfg.syncWaitMs;
    for (;;) {
      let polled: TaskPoll;
      try {
        polled = await pollOnce(task, key, ctx);
      } catch (err) {
        if (err instanceof ProviderError) throw err;
        return task;
      }
      if (polled.done) return polled.media;
      task = { ...task, progress: polled.progress, state: polled.state };
      if (Date.now() + cfg.runway.pollIntervalMs > deadline) return task;
      try {
        await sleep(cfg.runway.pollIntervalMs, ctx.signal);
      } catch {
        return task;
      }
    }
  },

  async poll(task, ctx) {
    return pollOnce(task, await keyFor(ctx), ctx);
  },

  async cancel(task, ctx) {
    const key = await keyFor(ctx);
    const { apiBase, timeoutMs } = readConfig(ctx.env).runway;
    const res = await ctx.fetch(`${apiBase}/v1/tasks/${encodeURIComponent(task.taskId)}`, { method: "DELETE", headers: headers(key), signal: deadlineSignal(timeoutMs) });
    await res.body?.cancel();
  },

  async testKey(key, ctx): Promise<KeyTest> {
    const { apiBase } = readConfig(ctx.env).runway;
    let res: Response;
    try {
      res = await ctx.fetch(`${apiBase}/v1/organization`, { headers: headers(key), signal: deadlineSignal(10_000, ctx.signal) });
    } catch (err) {
      return { ok: false, message: `${NAME} could not be reached to test the key: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!res.ok) {
      const { text } = await reasonOf(res, key);
      return { ok: false, message: `${NAME} rejected the key (${res.status}): ${text}` };
    }
    const org = (await res.json().catch(() => ({}))) as { creditBalance?: number };
    return { ok: true, message: `${NAME} accepted the key${typeof org.creditBalance === "number" ? ` (${org.creditBalance} credits left)` : ""}` };
  },
};
