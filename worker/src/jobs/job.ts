import { DurableObject } from "cloudflare:workers";
import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { closeHolds, markEnded, toGeneration } from "../db/generations";
import { open, seal, type Sealed } from "../keys/crypto";
import { releaseSpend } from "../limits/spend";
import { commitResult } from "../pipeline/commit";
import type { GeneratedMedia, ProviderContext, RequestKeys } from "../providers/provider";
import { ProviderError } from "../providers/provider";
import { providerById } from "../providers/registry";
import type { Generation, JobStatus, JobView } from "../schemas";
import { putCached } from "../storage/cache";
import { jobWebhookView, notifyJobEnded } from "../webhooks/jobs";
import type { JobStart } from "./types";

export type { JobStart } from "./types";

interface JobState extends Omit<JobStart, "byok"> {
  status: JobStatus;
  progress: number;
  deadline: number;
  /** The caller's own key for this job's provider, AES-GCM sealed; deleted as soon as the job ends. */
  sealedKeys: Sealed | null;
  /** Started with the caller's own key: never fall back to the server's key for it. */
  usesOwnKey: boolean;
  error?: { code: string; message: string };
  generation?: Generation;
}

const TERMINAL: readonly JobStatus[] = ["succeeded", "failed", "cancelled"];
/** A poll that fails for no reason the provider gave (network, our own storage) is retried this much later. */
const RETRY_MS = 15_000;

/**
 * One Durable Object per long generation. Its alarm keeps polling the provider whether or not anyone is
 * watching; when the task ends it stores the file in R2, completes the D1 row and settles the spend hold,
 * or records the failure (and charges nothing). After JOB_MAX_MS it cancels the task and gives up.
 */
export class MediaJob extends DurableObject<Env> {
  /** Caller keys when no KEY_ENCRYPTION_SECRET is set: memory only, so they never reach storage unsealed. */
  private memoryKeys: RequestKeys | null = null;

  /** Starts (or, with the task's latest state after the synchronous wait, updates) the job; an ended job is kept as it is. */
  async start(job: JobStart): Promise<JobView> {
    const existing = await this.load();
    if (existing && TERMINAL.includes(existing.status)) return view(existing);
    const config = readConfig(this.env);
    const secret = config.keyEncryptionSecret;
    // Only the key this job's provider needs (key names match provider ids), nothing else the caller sent.
    const own = job.byok[job.providerId as keyof RequestKeys];
    const keys: RequestKeys = own ? { [job.providerId]: own } : {};
    let sealedKeys: Sealed | null = null;
    if (own && secret) sealedKeys = await seal(secret, `job:${job.id}`, JSON.stringify(keys));
    else if (own) this.memoryKeys = keys;
    const { byok: _byok, firstPollAt, ...rest } = job;
    const state: JobState = {
      ...rest,
      status: job.task.state === "RUNNING" ? "running" : "pending",
      progress: job.task.progress,
      deadline: job.startedAt + config.jobMaxMs,
      sealedKeys,
      usesOwnKey: Boolean(own),
    };
    await this.ctx.storage.put("job", state);
    await this.ctx.storage.setAlarm(Math.max(firstPollAt ?? 0, Date.now() + config.runway.pollIntervalMs));
    return state.webhook ? { ...view(state), webhook: await jobWebhookView(this.env, state.id, false) } : view(state);
  }

  /** The request that created the task committed its result itself (commitResult): stop polling. */
  async completed(generation: Generation): Promise<void> {
    await this.ctx.blockConcurrencyWhile(async () => {
      const now = await this.load();
      if (!now || TERMINAL.includes(now.status)) return;
      await this.ctx.storage.put("job", { ...now, status: "succeeded", progress: 1, sealedKeys: null, generation } satisfies JobState);
      await this.ctx.storage.deleteAlarm();
      this.memoryKeys = null;
    });
  }

  /** The request took the provider's verdict and cleaned up after it: this job never existed. */
  async abandon(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.memoryKeys = null;
  }

  async view(): Promise<JobView | null> {
    const state = await this.load();
    if (!state) return null;
    if (!state.webhook) return view(state);
    return { ...view(state), webhook: await jobWebhookView(this.env, state.id, TERMINAL.includes(state.status)) };
  }

  /** Cancels at the provider (best effort) and here. A finished job is returned unchanged. */
  async cancel(): Promise<JobView | null> {
    const state = await this.load();
    if (!state) return null;
    if (TERMINAL.includes(state.status)) return view(state);
    const provider = providerById(state.providerId);
    try {
      const ctx = await this.providerContext(state);
      if (!state.usesOwnKey || ctx.byok) await provider?.cancel?.(state.task, ctx);
    } catch (err) {
      console.warn(`job ${state.id}: cancelling at the provider failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return view(await this.finish(state, "cancelled", { code: "CANCELLED", message: "cancelled by the caller" }));
  }

  override async alarm(): Promise<void> {
    const state = await this.load();
    if (!state || TERMINAL.includes(state.status)) return;
    const config = readConfig(this.env);
    const provider = providerById(state.providerId);
    if (!provider?.poll) {
      await this.finish(state, "failed", { code: "PROVIDER_GONE", message: `provider ${state.providerId} can no longer be polled` });
      return;
    }
    const ctx = await this.providerContext(state);
    if (state.usesOwnKey && !ctx.byok) {
      await this.finish(state, "failed", {
        code: "KEY_UNAVAILABLE",
        message: "the caller's own key is no longer held (set KEY_ENCRYPTION_SECRET so jobs keep it sealed across restarts); the task was not charged here",
      });
      return;
    }
    if (Date.now() >= state.deadline) {
      await provider.cancel?.(state.task, ctx).catch(() => undefined);
      await this.finish(state, "failed", { code: "TIMED_OUT", message: `gave up after ${Math.round(config.jobMaxMs / 1000)} s without a result` });
      return;
    }
    let polled;
    try {
      polled = await provider.poll(state.task, ctx);
    } catch (err) {
      if (err instanceof ProviderError) {
        await this.finish(state, "failed", { code: err.failureCode ?? err.code, message: err.message });
      } else {
        await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
      }
      return;
    }
    // A cancel may have landed while we were waiting on the provider: it wins.
    const now = await this.load();
    if (!now || TERMINAL.includes(now.status)) return;
    if (!polled.done) {
      await this.ctx.storage.put("job", { ...now, status: "running", progress: polled.progress, task: { ...now.task, progress: polled.progress, state: polled.state } } satisfies JobState);
      await this.ctx.storage.setAlarm(Date.now() + config.runway.pollIntervalMs);
      return;
    }
    await this.store(polled.media);
  }

  /**
   * The result is in: file to R2, then the D1 row flips from pending to succeeded (exactly once), then the
   * spend is settled. Runs with other events held back, so a cancel cannot land halfway through.
   */
  private async store(made: GeneratedMedia): Promise<void> {
    await this.ctx.blockConcurrencyWhile(async () => {
      const now = await this.load();
      if (!now || TERMINAL.includes(now.status)) return;
      let row;
      try {
        row = await commitResult(this.env, { id: now.id, media: made, hold: now.hold, startedAt: now.startedAt });
      } catch (err) {
        // Storage trouble on our side: another try later (the output URL lives a day or more).
        console.error(`job ${now.id}: storing the result failed: ${err instanceof Error ? err.message : String(err)}`);
        await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
        return;
      }
      if (!row) {
        // The row is gone or no longer pending: nothing to complete (commitResult kept no file).
        await releaseSpend(this.env, now.hold).catch(() => undefined);
        const gone: JobState = { ...now, status: "failed", sealedKeys: null, error: { code: "RECORD_GONE", message: "the generation record was no longer pending" } };
        await this.ctx.storage.put("job", gone);
        this.memoryKeys = null;
        await this.notify(gone);
        return;
      }
      if (now.cacheKey) {
        const entry = { r2Key: row.r2Key!, contentType: made.contentType, bytes: made.bytes.byteLength, provider: now.providerId, model: made.model };
        await putCached(this.env.CACHE, now.cacheKey, entry, now.cacheTtlSeconds).catch((err: unknown) => console.warn("prompt cache write failed:", String(err)));
      }
      const generation = { ...toGeneration(row, now.requestUrl), fallback_reason: now.fallbackReason };
      const done: JobState = { ...now, status: "succeeded", progress: 1, sealedKeys: null, generation };
      await this.ctx.storage.put("job", done);
      this.memoryKeys = null;
      await this.notify(done);
    });
  }

  /** A job with a webhook_url: queue the POST of its final state (once: only the transition to a final state calls this). */
  private async notify(state: JobState): Promise<void> {
    if (state.webhook) await notifyJobEnded(this.env, state.webhook, state.id, state.status, view(state));
  }

  private async load(): Promise<JobState | undefined> {
    return this.ctx.storage.get<JobState>("job");
  }

  private async providerContext(state: JobState): Promise<ProviderContext> {
    let byok: RequestKeys | undefined = this.memoryKeys ?? undefined;
    const secret = readConfig(this.env).keyEncryptionSecret;
    if (state.sealedKeys && secret) {
      const plain = await open(secret, `job:${state.id}`, state.sealedKeys);
      if (plain) byok = JSON.parse(plain) as RequestKeys;
    }
    return { env: this.env, fetch: (input, init) => fetch(input, init), byok };
  }

  /** Ends the job without a result: the D1 row keeps the reason, the spend hold is released, keys are dropped. */
  private async finish(state: JobState, status: "failed" | "cancelled", error: { code: string; message: string }): Promise<JobState> {
    return this.ctx.blockConcurrencyWhile(async () => {
      // Whatever ended first wins: a result stored while we were talking to the provider is kept.
      const current = (await this.load()) ?? state;
      if (TERMINAL.includes(current.status)) return current;
      const db = getDb(this.env.DB);
      await markEnded(db, current.id, status, error.code, 0, Date.now() - current.startedAt);
      await releaseSpend(this.env, current.hold);
      await closeHolds(db, current.id);
      const ended: JobState = { ...current, status, error, sealedKeys: null };
      await this.ctx.storage.put("job", ended);
      await this.ctx.storage.deleteAlarm();
      this.memoryKeys = null;
      await this.notify(ended);
      return ended;
    });
  }
}

export function jobUrl(requestUrl: string, id: string): string {
  return new URL(`/api/media/jobs/${id}`, requestUrl).toString();
}

function view(state: JobState): JobView {
  const base: JobView = {
    id: state.id,
    status: state.status,
    progress: state.status === "succeeded" ? 1 : state.progress,
    poll_url: jobUrl(state.requestUrl, state.id),
    tier: state.tier,
    provider: state.providerId,
    media_type: state.mediaType,
    ...(state.error ? { error: state.error } : {}),
  };
  return state.generation ? { ...state.generation, ...base } : base;
}
