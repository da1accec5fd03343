// Compile-time proof that the UI's types are the worker's contract (checked by `npm run typecheck` through
// svelte-check; never run). Each @ts-expect-error marks something the contract does not have: if it ever does (or
// the UI's types drift from it), the directive goes unused and the check fails.
import type { ConfigureRequest, Generation, HistoryQuery, Job, PaidProvider, Status } from "../src/lib/types";
import { MEDIA_TYPES } from "../src/lib/types";

declare const generation: Generation;
declare const job: Job;
declare const status: Status;

// Fields the contract has are there, typed as the contract types them.
export const fromContract: [string, number, boolean, string | null] = [generation.url, generation.cost, generation.cached, generation.project_id];

// @ts-expect-error: a Generation has no thumbnail_url
export const thumbnail = generation.thumbnail_url;

// @ts-expect-error: the server never sends a job status "done" (it says "succeeded")
export const done: Job["status"] = "done";
export const succeeded: Job["status"] = job.status === "succeeded" ? job.status : "succeeded";

// @ts-expect-error: the free tier has no key, so no key_source
export const freeKey = status.free.key_source;

// @ts-expect-error: history cannot be filtered by provider
export const byProvider: HistoryQuery = { provider: "runway" };

// @ts-expect-error: keys are kept only for the paid providers the contract names
export const procedural: PaidProvider = "procedural";

// @ts-expect-error: a key is configured with api_key, not key
export const badConfigure: ConfigureRequest = { provider: "runway", key: "key_x" };

// The run-time lists must name every value of their contract type.
export const mediaTypes: readonly Generation["media_type"][] = MEDIA_TYPES;
