// The web client's types come from the API's own zod schemas (type-only: nothing of zod reaches the bundle).
import type { z } from "@hono/zod-openapi";
import type {
  EstimateSchema,
  GenerateOptions,
  GenerateRequest,
  Generation,
  HistorySchema,
  MediaType,
  RequestedTier,
  StatusSchema,
  Tier,
  UsageSchema,
} from "../../../worker/src/schemas";

export type { GenerateOptions, Generation, MediaType, RequestedTier, Tier };
export type Estimate = z.infer<typeof EstimateSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type History = z.infer<typeof HistorySchema>;
export type Usage = z.infer<typeof UsageSchema>;

/** What the form sends: the request body before server-side defaults. */
export type GenerateBody = Partial<Omit<GenerateRequest, "description" | "options">> & {
  description: string;
  options?: GenerateOptions;
};

/** 202 from generate when the work outlives the synchronous wait (issue 4). */
export interface PendingJob {
  id: string;
  status: "pending" | "running";
  progress: number;
  poll_url: string;
}

/** GET /api/media/jobs/{id}: status and progress; when done, the generation (inline or under `result`). */
export interface JobState {
  id: string;
  status: "pending" | "running" | "done" | "succeeded" | "failed" | "cancelled" | "canceled";
  progress?: number;
  result?: Generation;
  error?: { code: string; message: string } | string;
  failure_code?: string;
}

export type PaidProvider = "stable_diffusion" | "runway";

export interface ConfigureResult {
  success: boolean;
  provider: PaidProvider;
  message: string;
}

export const MEDIA_TYPES: readonly MediaType[] = ["image", "video", "audio"];
export const TIERS: readonly Tier[] = ["free", "budget", "premium"];
export const REQUESTED_TIERS: readonly RequestedTier[] = ["auto", "free", "budget", "premium"];
