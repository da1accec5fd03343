import type { SpendHold } from "../limits/spend";
import type { PendingTask, RequestKeys } from "../providers/provider";
import type { MediaType, Tier } from "../schemas";

/** What the pipeline hands a new job. `byok` is the caller's own keys, kept sealed only while the job runs. */
export interface JobStart {
  id: string;
  task: PendingTask;
  tier: Tier;
  providerId: string;
  mediaType: MediaType;
  requestUrl: string;
  startedAt: number;
  cacheKey: string | null;
  cacheTtlSeconds: number;
  hold: SpendHold;
  byok: RequestKeys;
  fallbackReason: string | null;
  /** When the job first polls: the request keeps polling itself until its synchronous wait is over. */
  firstPollAt?: number;
}
