import { readConfig } from "../config";
import { getDb } from "../db/client";
import { insertGeneration } from "../db/generations";
import type { GenerationRow, NewGeneration } from "../db/schema";
import { ApiError } from "../errors";
import { startJob } from "../jobs/client";
import { tag } from "../keys/crypto";
import { noteKeyRejected } from "../keys/store";
import { holdSpend, releaseSpend, settleSpend, type SpendHold } from "../limits/spend";
import type { MediaRequest, Provider, ProviderContext } from "../providers/provider";
import { isPending, ProviderError } from "../providers/provider";
import type { GenerateRequest, Generation, JobView } from "../schemas";
import { toDollars } from "../pricing";
import { cacheKey, getCached, putCached, type CacheEntry } from "../storage/cache";
import { fileExists, fileKey, fileUrl, putFile } from "../storage/files";

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
}

export type PipelineResult =
  | { kind: "done"; generation: Generation; cache: "HIT" | "MISS" | "BYPASS" }
  /** A provider task still running after SYNC_WAIT_MS: a job keeps polling it; the caller polls the job. */
  | { kind: "pending"; job: JobView };

/** Generation row -> the API's public shape (dollars, ISO time, absolute URL). */
export function toGeneration(row: GenerationRow, requestUrl: string): Generation {
  return {
    id: row.id,
    url: fileUrl(requestUrl, row.r2Key ?? ""),
    media_type: row.mediaType,
    tier: row.tier,
    provider: row.provider,
    cost: toDollars(row.costMicros),
    time_ms: row.timeMs,
    timestamp: new Date(row.createdAt).toISOString(),
    cached: row.cached,
    content_type: row.contentType ?? "application/octet-stream",
    bytes: row.bytes ?? 0,
    description: row.description,
    project_id: row.projectId,
  };
}

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

  const key = input.useCache ? await promptCacheKey(media, first, ctx, input.clientId) : null;
  if (key) {
    const hit = await getCached(ctx.env.CACHE, key);
    // An entry whose file has gone is a miss: regenerate rather than hand out a dead URL.
    if (hit && (await fileExists(ctx.env.MEDIA, hit.r2Key))) {
      const row = await record(input, first, {
        provider: hit.provider,
        model: hit.model,
        costMicros: 0,
        timeMs: Date.now() - started,
        r2Key: hit.r2Key,
        contentType: hit.contentType,
        bytes: hit.bytes,
        cached: true,
      });
      return { kind: "done", generation: { ...toGeneration(row, input.requestUrl), fallback_reason: null }, cache: "HIT" };
    }
  }

  const config = readConfig(ctx.env);
  const reasons: string[] = [];
  let lastError: ProviderError | undefined;
  for (const provider of chain) {
    const estimate = provider.estimate(media);
    // Money is held before a paid call (so concurrent calls cannot overspend) and settled at the actual cost.
    const held = await holdSpend(ctx.env, estimate.costMicros, config.syncWaitMs + config.jobMaxMs + 60_000);
    if ("refused" in held) {
      const left = Math.max(0, held.refused.limitMicros - held.refused.spentMicros - held.refused.heldMicros);
      lastError = new ProviderError(
        provider.id,
        402,
        `not called: the monthly spend limit of $${toDollars(held.refused.limitMicros)} has $${toDollars(left)} left, this would cost up to $${toDollars(estimate.costMicros)}`,
        { code: "spend_limit_reached" },
      );
      reasons.push(describe(provider, lastError));
      continue;
    }
    const hold: SpendHold = held.hold;
    let made;
    try {
      made = await provider.generate(media, ctx);
    } catch (err) {
      await releaseSpend(ctx.env, hold);
      if (!(err instanceof ProviderError)) throw err;
      if (err.code === "provider_key_rejected") await noteKeyRejected(ctx, provider.id, err.message);
      lastError = err;
      reasons.push(describe(provider, err));
      continue; // auto falls through to the next tier; an explicit tier has a chain of one
    }
    const fallbackReason = reasons.length ? reasons.join("; ") : null;

    if (isPending(made)) {
      const id = crypto.randomUUID();
      let job: JobView;
      try {
        await record(input, provider, { id, provider: provider.id, model: made.model, costMicros: 0, timeMs: Date.now() - started, cached: false, status: "pending" });
        job = await startJob(ctx.env, {
          id,
          task: made,
          tier: provider.tier,
          providerId: provider.id,
          mediaType: request.media_type,
          requestUrl: input.requestUrl,
          startedAt: started,
          cacheKey: key && provider === first ? key : null,
          cacheTtlSeconds: config.cacheTtlSeconds,
          hold,
          byok: ctx.byok ?? {},
          fallbackReason,
        });
      } catch (err) {
        // No job to finish it: stop the task and free the money rather than let either run unseen.
        await releaseSpend(ctx.env, hold);
        await provider.cancel?.(made, ctx).catch(() => undefined);
        throw err;
      }
      return { kind: "pending", job };
    }

    const id = crypto.randomUUID();
    const r2Key = fileKey(id, made.extension);
    let row: GenerationRow;
    try {
      await putFile(ctx.env.MEDIA, r2Key, made.bytes, made.contentType);
      row = await record(input, provider, {
        id,
        provider: provider.id,
        model: made.model,
        costMicros: made.costMicros,
        timeMs: Date.now() - started,
        r2Key,
        contentType: made.contentType,
        bytes: made.bytes.byteLength,
        cached: false,
      });
    } catch (err) {
      // No row, no file, no charge: never leave an object nobody can find or account for.
      await ctx.env.MEDIA.delete(r2Key);
      await releaseSpend(ctx.env, hold);
      throw err;
    }
    await settleSpend(ctx.env, hold, made.costMicros);
    if (key && provider === first) {
      const entry: CacheEntry = { r2Key, contentType: made.contentType, bytes: made.bytes.byteLength, provider: provider.id, model: made.model };
      // The cache only saves time; failing to fill it must not fail a request that already succeeded.
      await putCached(ctx.env.CACHE, key, entry, config.cacheTtlSeconds).catch((err: unknown) => console.warn("prompt cache write failed:", String(err)));
    }
    return { kind: "done", generation: { ...toGeneration(row, input.requestUrl), fallback_reason: fallbackReason }, cache: key ? "MISS" : "BYPASS" };
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

type RecordFields = Pick<NewGeneration, "provider" | "model" | "costMicros" | "timeMs" | "r2Key" | "contentType" | "bytes" | "cached"> & {
  id?: string;
  status?: GenerationRow["status"];
};

async function record(input: PipelineInput, provider: Provider, fields: RecordFields): Promise<GenerationRow> {
  const row: GenerationRow = {
    id: fields.id ?? crypto.randomUUID(),
    createdAt: Date.now(),
    description: input.request.description,
    mediaType: input.request.media_type,
    tier: provider.tier,
    provider: fields.provider,
    model: fields.model,
    status: fields.status ?? "succeeded",
    costMicros: fields.costMicros,
    timeMs: fields.timeMs,
    r2Key: fields.r2Key ?? null,
    contentType: fields.contentType ?? null,
    bytes: fields.bytes ?? null,
    cached: fields.cached,
    projectId: input.request.project_id ?? null,
    clientId: input.clientId,
    error: null,
  };
  await insertGeneration(getDb(input.ctx.env.DB), row);
  return row;
}
