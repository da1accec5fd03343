import { getDb } from "../db/client";
import { insertGeneration } from "../db/generations";
import type { GenerationRow, NewGeneration } from "../db/schema";
import { ApiError } from "../errors";
import type { MediaRequest, Provider, ProviderContext } from "../providers/provider";
import { ProviderError } from "../providers/provider";
import type { GenerateRequest, Generation } from "../schemas";
import { toDollars } from "../pricing";
import { cacheKey, getCached, putCached, type CacheEntry } from "../storage/cache";
import { fileExists, fileKey, fileUrl, putFile } from "../storage/files";

export interface PipelineInput {
  request: GenerateRequest;
  /** The providers to try, best first (from `candidates`): one for an explicit tier, several for auto. */
  providers: Provider[];
  /** False when the caller sent Cache-Control: no-cache or "cache": false. */
  useCache: boolean;
  clientId: string;
  requestUrl: string;
  ctx: ProviderContext;
  cacheTtlSeconds: number;
}

export interface PipelineResult {
  generation: Generation;
  cache: "HIT" | "MISS" | "BYPASS";
}

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

/** Resolve the tier, serve from cache or generate, store the file, then record it: in that order. */
export async function runGeneration(input: PipelineInput): Promise<PipelineResult> {
  const { request, ctx } = input;
  const started = Date.now();
  const media: MediaRequest = { description: request.description, media_type: request.media_type, options: request.options };
  const chain = input.providers;
  const first = chain[0]!;

  const key = input.useCache ? await cacheKey(media, first.tier) : null;
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
      return { generation: toGeneration(row, input.requestUrl), cache: "HIT" };
    }
  }

  let lastError: ProviderError | undefined;
  for (const provider of chain) {
    let made;
    try {
      made = await provider.generate(media, ctx);
    } catch (err) {
      if (!(err instanceof ProviderError)) throw err;
      lastError = err;
      continue; // auto falls through to the next tier; an explicit tier has a chain of one
    }
    const id = crypto.randomUUID();
    const r2Key = fileKey(id, made.extension);
    await putFile(ctx.env.MEDIA, r2Key, made.bytes, made.contentType);
    let row: GenerationRow;
    try {
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
      // No row, no file: never leave an object nobody can find or account for.
      await ctx.env.MEDIA.delete(r2Key);
      throw err;
    }
    if (key && provider === first) {
      const entry: CacheEntry = { r2Key, contentType: made.contentType, bytes: made.bytes.byteLength, provider: provider.id, model: made.model };
      // The cache only saves time; failing to fill it must not fail a request that already succeeded.
      await putCached(ctx.env.CACHE, key, entry, input.cacheTtlSeconds).catch((err: unknown) => console.warn("prompt cache write failed:", String(err)));
    }
    return { generation: toGeneration(row, input.requestUrl), cache: key ? "MISS" : "BYPASS" };
  }
  const err = lastError!;
  throw new ApiError(err.status, "provider_failed", `${err.providerId}: ${err.message}`);
}

type RecordFields = Pick<NewGeneration, "provider" | "model" | "costMicros" | "timeMs" | "r2Key" | "contentType" | "bytes" | "cached"> & {
  id?: string;
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
    status: "succeeded",
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
