import { writable, type Readable } from "svelte/store";
import type { Api, CacheState, JobProgress } from "../api";
import { ApiError } from "../api";
import type { GenerateBody, Generation } from "../types";

export interface GenerationState {
  status: "idle" | "working" | "polling" | "done" | "error" | "cancelled";
  /** 0..1 while polling a long job. */
  progress: number;
  jobId: string | null;
  generation: Generation | null;
  cache: CacheState | null;
  error: ApiError | null;
  /** The body of the last run, for "regenerate" and "new variation". */
  body: GenerateBody | null;
}

export interface Generator extends Readable<GenerationState> {
  run(body: GenerateBody, init?: { noCache?: boolean }): Promise<void>;
  /** Stop watching; a long job is cancelled on the server too. */
  cancel(): Promise<void>;
  /** Stop watching only (leaving the page): the server finishes the job and it appears in History. */
  detach(): void;
  /** Forget a failed run's error once its cause changed (the form was edited). A 429 stays: its cause is time. */
  clearError(): void;
}

const IDLE: GenerationState = { status: "idle", progress: 0, jobId: null, generation: null, cache: null, error: null, body: null };

export interface GeneratorOptions {
  pollMs?: number;
  /** Give up watching a job after this long (the server gives up on its own too). */
  maxWaitMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });

/** Runs one generation at a time: quick ones answer at once, long ones (202) are polled with progress. */
export function createGenerator(api: Pick<Api, "generate" | "job" | "cancelJob"> & Partial<Pick<Api, "jobEvents">>, options: GeneratorOptions = {}): Generator {
  const pollMs = options.pollMs ?? 1500;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const sleep = options.sleep ?? defaultSleep;
  const state = writable<GenerationState>(IDLE);
  let current: { controller: AbortController; jobId: string | null } | undefined;

  const asError = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, "unknown", err instanceof Error ? err.message : String(err)));

  return {
    subscribe: state.subscribe,

    async run(body, init = {}) {
      current?.controller.abort();
      const run = { controller: new AbortController(), jobId: null as string | null };
      current = run;
      const { signal } = run.controller;
      // Keep the previous result visible while working, so the page does not jump.
      state.update((s) => ({ ...s, status: "working", progress: 0, jobId: null, error: null, body }));
      try {
        const outcome = await api.generate(body, { signal, noCache: init.noCache });
        if (signal.aborted) return;
        if (outcome.kind === "done") {
          state.update((s) => ({ ...s, status: "done", generation: outcome.generation, cache: outcome.cache }));
          return;
        }
        run.jobId = outcome.job.id;
        state.update((s) => ({ ...s, status: "polling", jobId: outcome.job.id, progress: outcome.job.progress ?? 0 }));
        const started = Date.now();
        // Live progress over SSE when the API offers it; if the stream fails or breaks, polling below takes over.
        let streamed: JobProgress | null = null;
        if (api.jobEvents) {
          streamed = await api
            .jobEvents(outcome.job.id, (job) => state.update((s) => ({ ...s, progress: Math.max(s.progress, job.progress) })), signal)
            .catch(() => null);
        }
        while (!signal.aborted) {
          if (!streamed) await sleep(pollMs, signal);
          if (signal.aborted) return;
          const job = streamed ?? (await api.job(outcome.job.id, signal));
          streamed = null;
          if (signal.aborted) return;
          if (job.state === "done" && job.generation) {
            state.update((s) => ({ ...s, status: "done", progress: 1, generation: job.generation!, cache: null, jobId: null }));
            return;
          }
          if (job.state === "failed" || job.state === "cancelled") {
            const message = job.state === "cancelled" ? "The job was cancelled." : (job.error ?? "The provider could not make this.");
            state.update((s) => ({ ...s, status: "error", jobId: null, error: new ApiError(502, `job_${job.state}`, message) }));
            return;
          }
          state.update((s) => ({ ...s, progress: Math.max(s.progress, job.progress) }));
          if (Date.now() - started > maxWaitMs) {
            state.update((s) => ({ ...s, status: "error", error: new ApiError(504, "job_timeout", "Still not finished; it will appear in History when it is.") }));
            return;
          }
        }
      } catch (err) {
        if (signal.aborted) return;
        state.update((s) => ({ ...s, status: "error", error: asError(err), jobId: null }));
      }
    },

    clearError() {
      state.update((s) => (s.status === "error" && s.error?.status !== 429 ? { ...s, status: s.generation ? "done" : "idle", error: null } : s));
    },

    detach() {
      current?.controller.abort();
      current = undefined;
    },

    async cancel() {
      const run = current;
      if (!run) return;
      run.controller.abort();
      current = undefined;
      state.update((s) => ({ ...s, status: "cancelled", progress: 0, jobId: null }));
      if (run.jobId) {
        try {
          await api.cancelJob(run.jobId);
        } catch {
          // already finished or gone: nothing left to cancel
        }
      }
    },
  };
}
