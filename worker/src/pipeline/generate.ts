import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { deleteGeneration, insertGeneration, recordBilled, recordTask, toGeneration } from "../db/generations";
import type { GenerationRow, NewGeneration } from "../db/schema";
import { ApiError } from "../errors";
import { abandonJob, completeJob, startJob } from "../jobs/rpc";
import { tag } from "../keys/crypto";
import { noteKeyRejected } from "../keys/store";
import { holdSpend, intendedHold, noHold, releaseSpend, type KeyBudget, type Refusal } from "../limits/spend";
import type { MediaRequest, PendingTask, Provider, ProviderContext } from "../providers/provider";
import { isPending, ProviderError } from "../providers/provider";
import type { GenerateRequest, Generation, JobView } from "../schemas";
import { toDollars } from "../pricing";
import { cacheKey, getCached, putCached, type CacheEntry } from "../storage/cache";
import { fileExists } from "../storage/files";
import { commitResult } from "./commit";
import type { Checkpoint } from "./steps";
import type { JobWebhook } from "../webhooks/jobs";

export interface PipelineInput {
  request: GenerateRequest;
  /** The providers to try, best first (from `candidates`): one for an explicit tier, several for auto. */
  providers: Provider[];
  /** False when the caller sent Cache-Control: no-cache (or no-store, max-age=0), Pragma: no-cache or "cache": false. */
  useCache: boolean;
  /** The caller's owner id (auth/caller.ts): recorded as client_id and scoping the prompt cache. */
  clientId: string;
  requestUrl: string;
  ctx: ProviderContext;
  /** The caller's client key, whose own budget and credits must admit paid work too. */
  key?: KeyBudget | null;
  /** Tests only: see steps.ts. */
  checkpoint?: Checkpoint;
  /** Where a job POSTs its final state, if the generation goes async (202). */
  webhook?: JobWebhook | null;
}

export type PipelineResult =
  | { kind: "done"; generation: Generation; cache: "HIT" | "MISS" | "BYPASS" }
  /** A provider task still running after SYNC_WAIT_MS: a job keeps polling it; the caller polls the job. */
  | { kind: "pending"; job: JobView };

/**
 * The prompt-cache key. A request made with the caller's own provider key only shares entries with requests
 * made with that same key: nobody is served a result someone else paid for with their key, and the key
 * itself only enters as a keyed one-way tag.
 */
async function promptCacheKey(media: MediaRequest, provider: Provider, ctx: ProviderContext, owner: string): Promise<string> {
  const base = await cacheKey(media, provider.tier, owner);
  const own = Object.entries(ctx.byok ?? {}).filter(([, v]) => v);
  if (own.length === 0) return base;
  const secret = readConfig(ctx.env).keyEncryptionSecret ?? "edge-media/cache-scope";
  return `${base}:byok:${(await tag(secret, JSON.stringify(own.sort()))).slice(0, 32)}`;
}

function describe(provider: Provider, err: ProviderError): string {
  return `${provider.tier} (${provider.label}) failed: ${err.message}`;
}

/** Resolve the tier, serve from cache or generate, store the file, then record it: in that order. */
export async function runGeneration(input: PipelineInput): Promise<PipelineResult> {
  const { request, ctx } = input;
  const started = Date.now();
  const media: MediaRequest = { description: request.description, media_type: request.media_type, options: request.options };
  const chain = input.providers;
  const first = chain[0]!;
  const db = getDb(ctx.env.DB);

  const key = input.useCache ? await promptCacheKey(media, first, ctx, input.clientId) : null;
  if (key) {
    const hit = await getCached(ctx.env.CACHE, key);
    // An entry whose file has gone is a miss: regenerate rather than hand out a dead URL.
    if (hit && (await fileExists(ctx.env.MEDIA, hit.r2Key))) {
      const row: GenerationRow = {
        ...baseRow(input, first),
        id: crypto.randomUUID(),
        status: "succeeded",
        provider: hit.provider,
        model: hit.model,
        costMicros: 0,
        timeMs: Date.now() - started,
        r2Key: hit.r2Key,
        contentType: hit.contentType,
        bytes: hit.bytes,
        cached: true,
        error: null,
        holds: null,
        holdsOpen: false,
        task: null,
      };
      await insertGeneration(db, row);
      return { kind: "done", generation: { ...toGeneration(row, input.requestUrl), fallback_reason: null }, cache: "HIT" };
    }
  }

  const config = readConfig(ctx.env);
  const reasons: string[] = [];
  let lastError: ProviderError | undefined;
  for (const provider of chain) {
    const estimate = provider.estimate(media);
    const id = crypto.randomUUID();
    const fallbackReason = () => (reasons.length ? reasons.join("; ") : null);
    const cacheFill = key && provider === first ? key : null;

    if (estimate.costMicros === 0 && !provider.poll) {
      // Free work: nothing to hold and nothing billed, so no pending row; the finished row is inserted whole.
      let made;
      try {
        made = await provider.generate(media, ctx);
      } catch (err) {
        if (!(err instanceof ProviderError)) throw err;
        lastError = err;
        reasons.push(describe(provider, err));
        continue;
      }
      if (isPending(made)) throw new Error(`${provider.id} returned a task but has no poll()`);
      const row = await commitResult(ctx.env, { id, media: made, hold: noHold(id), startedAt: started, insert: { ...baseRow(input, provider), cached: false } });
      await fillCache(ctx.env, cacheFill, row!, config.cacheTtlSeconds);
      return { kind: "done", generation: { ...toGeneration(row!, input.requestUrl), fallback_reason: fallbackReason() }, cache: key ? "MISS" : "BYPASS" };
    }

    // Paid work, as durable steps (steps.ts): write-ahead row, hold, provider, file, commit, settle.
    const intended = intendedHold(id, estimate.costMicros, input.key);
    await insertGeneration(db, { ...baseRow(input, provider), id, status: "pending", model: provider.id, costMicros: 0, timeMs: 0, cached: false, holds: JSON.stringify(intended), holdsOpen: true });
    await input.checkpoint?.("pending_row");
    // Money is held before a paid call (so concurrent calls cannot overspend) and settled at the actual cost.
    const held = await holdSpend(ctx.env, id, estimate.costMicros, config.syncWaitMs + config.jobMaxMs + 60_000, input.key);
    if ("refused" in held) {
      await deleteGeneration(db, id);
      lastError = new ProviderError(provider.id, 402, `not called: ${refusalText(held.refused)}, this would cost up to $${toDollars(estimate.costMicros)}`, { code: held.refused.code });
      reasons.push(describe(provider, lastError));
      continue;
    }
    const hold = held.hold;
    await input.checkpoint?.("hold");

    let task: PendingTask | undefined;
    let jobStarted = false;
    const jobStart = (t: PendingTask, firstPollAt?: number) => ({
      id,
      task: t,
      tier: provider.tier,
      providerId: provider.id,
      mediaType: request.media_type,
      requestUrl: input.requestUrl,
      startedAt: started,
      cacheKey: cacheFill,
      cacheTtlSeconds: config.cacheTtlSeconds,
      hold,
      byok: ctx.byok ?? {},
      fallbackReason: fallbackReason(),
      firstPollAt,
      webhook: input.webhook ?? null,
    });
    const attemptCtx: ProviderContext = {
      ...ctx,
      // The task is on the row and in its job object before we poll it once: if this request dies, the job's
      // alarm (first due when our synchronous wait would have ended) finishes it, and the money with it.
      onTaskCreated: async (t) => {
        task = t;
        await recordTask(db, id, t);
        await input.checkpoint?.("task_created");
        await startJob(ctx.env, jobStart(t, started + config.syncWaitMs + config.runway.pollIntervalMs));
        jobStarted = true;
        await input.checkpoint?.("job_started");
      },
    };
    let made;
    try {
      made = await provider.generate(media, attemptCtx);
    } catch (err) {
      // The provider's verdict (or our own failure) within the request: nothing was billed, nothing is kept.
      if (jobStarted) await abandonJob(ctx.env, id).catch(() => undefined);
      if (task && !(err instanceof ProviderError)) await provider.cancel?.(task, ctx).catch(() => undefined);
      await releaseSpend(ctx.env, hold);
      await deleteGeneration(db, id);
      if (!(err instanceof ProviderError)) throw err;
      if (err.code === "provider_key_rejected") await noteKeyRejected(ctx, provider.id, err.message);
      lastError = err;
      reasons.push(describe(provider, err));
      continue; // auto falls through to the next tier; an explicit tier has a chain of one
    }

    if (isPending(made)) {
      // The job has had the task since it was created; now it also gets its latest progress.
      return { kind: "pending", job: await startJob(ctx.env, jobStart(made)) };
    }

    await recordBilled(db, id, made.costMicros, made.model);
    await input.checkpoint?.("provider_answered");
    const row = await commitResult(ctx.env, { id, media: made, hold, startedAt: started, checkpoint: input.checkpoint });
    if (!row) throw new ApiError(500, "internal_error", "the generation record was ended before its result could be stored");
    const generation = { ...toGeneration(row, input.requestUrl), fallback_reason: fallbackReason() };
    if (jobStarted) await completeJob(ctx.env, id, generation);
    await fillCache(ctx.env, cacheFill, row, config.cacheTtlSeconds);
    return { kind: "done", generation, cache: key ? "MISS" : "BYPASS" };
  }
  const err = lastError!;
  throw new ApiError(
    err.status,
    err.code,
    chain.length > 1 ? `every tier failed: ${reasons.join("; ")}` : `${err.providerId}: ${err.message}`,
    err.retryAfterS === undefined ? undefined : { retry_after_s: err.retryAfterS },
    err.retryAfterS === undefined ? undefined : { "Retry-After": String(err.retryAfterS) },
  );
}

/** Which budget stopped a paid call, in words (auto's fallback_reason and the 402 message both use it). */
function refusalText(r: Refusal): string {
  const left = Math.max(0, r.limitMicros - r.spentMicros - r.heldMicros);
  if (r.code === "credits_exhausted") return `the key's prepaid credits have $${toDollars(left)} left`;
  if (r.code === "key_budget_exhausted") return `the key's monthly budget of $${toDollars(r.limitMicros)} has $${toDollars(left)} left`;
  return `the monthly spend limit of $${toDollars(r.limitMicros)} has $${toDollars(left)} left`;
}

/** The prompt cache only saves time: failing to fill it must not fail a request that already succeeded. */
async function fillCache(env: Env, key: string | null, row: GenerationRow, ttlSeconds: number): Promise<void> {
  if (!key || !row.r2Key) return;
  const entry: CacheEntry = { r2Key: row.r2Key, contentType: row.contentType ?? "application/octet-stream", bytes: row.bytes ?? 0, provider: row.provider, model: row.model };
  await putCached(env.CACHE, key, entry, ttlSeconds).catch((err: unknown) => console.warn("prompt cache write failed:", String(err)));
}

/** The columns every row of this request shares. */
function baseRow(input: PipelineInput, provider: Provider) {
  return {
    createdAt: Date.now(),
    description: input.request.description,
    mediaType: input.request.media_type,
    tier: provider.tier,
    provider: provider.id,
    projectId: input.request.project_id ?? null,
    clientId: input.clientId,
  } satisfies Partial<NewGeneration>;
}
