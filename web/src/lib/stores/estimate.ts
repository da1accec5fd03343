import { writable, type Readable } from "svelte/store";
import type { Api } from "../api";
import { ApiError } from "../api";
import type { Estimate, GenerateBody } from "../types";

export interface EstimateState {
  status: "idle" | "loading" | "ready" | "error";
  estimate: Estimate | null;
  error: ApiError | null;
}

export interface Estimator extends Readable<EstimateState> {
  /** Ask for an estimate of this body after `delayMs` of quiet; a newer call replaces an older one. */
  request(body: GenerateBody): void;
  cancel(): void;
}

/**
 * A live, debounced estimate. Only the newest request's answer is ever shown: older ones are aborted,
 * and a late answer for an aborted request is dropped.
 */
export function createEstimator(api: Pick<Api, "estimate">, delayMs = 300): Estimator {
  const state = writable<EstimateState>({ status: "idle", estimate: null, error: null });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  let generation = 0;

  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    inflight?.abort();
    inflight = undefined;
  };

  return {
    subscribe: state.subscribe,
    cancel,
    request(body) {
      cancel();
      const mine = ++generation;
      if (!body.description.trim()) {
        state.set({ status: "idle", estimate: null, error: null });
        return;
      }
      // Keep the last figure on screen while the next loads: no jumping numbers, no layout shift.
      state.update((s) => ({ ...s, status: "loading" }));
      timer = setTimeout(async () => {
        const controller = new AbortController();
        inflight = controller;
        try {
          const estimate = await api.estimate(body, controller.signal);
          if (mine === generation) state.set({ status: "ready", estimate, error: null });
        } catch (err) {
          if (mine !== generation || controller.signal.aborted) return;
          const error = err instanceof ApiError ? err : new ApiError(0, "unknown", String(err));
          state.set({ status: "error", estimate: null, error });
        }
      }, delayMs);
    },
  };
}
