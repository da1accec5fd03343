// The web client's view of the API, derived from the worker's contract: the zod schemas that validate requests,
// shape responses and generate /api/openapi.json. Type-only imports (nothing of zod reaches the bundle), so when the
// contract changes and the UI does not follow, `npm run typecheck` fails (see web/test/contract.typecheck.ts).
import type { z } from "@hono/zod-openapi";
import type {
  ConfigureRequestSchema,
  ConfigureResponseSchema,
  EstimateSchema,
  GenerateOptions,
  GenerateRequest,
  Generation,
  HistoryQuerySchema,
  HistorySchema,
  JobSchema,
  CallerSchema,
  CreatedKeySchema,
  CREDIT_CHANGE_MAX_USD,
  CreditChangeSchema,
  CreditsQuerySchema,
  CreditsSchema,
  KeyCreateSchema,
  KeySchema,
  KEY_PROVIDER_NAMES,
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
/** Client keys (/api/keys) and who the API takes the caller for (/api/keys/me). */
export type ClientKey = z.infer<typeof KeySchema>;
export type CreatedKey = z.infer<typeof CreatedKeySchema>;
export type Caller = z.infer<typeof CallerSchema>;
/** A key's prepaid credits (GET/POST /api/keys/{id}/credits): the balance and one page of its ledger, newest first. */
export type Credits = z.infer<typeof CreditsSchema>;
export type CreditEntry = Credits["ledger"][number];
export type CreditChange = z.input<typeof CreditChangeSchema>;
/** The largest credit change either way: a type-only import, so the UI's copy below must equal the contract's. */
export const CREDIT_CHANGE_MAX: typeof CREDIT_CHANGE_MAX_USD = 100_000;
export type CreditsQuery = Partial<z.output<typeof CreditsQuerySchema>>;
/** What the keys form sends: the create body's fields, all optional (PATCH takes the same). */
export type KeySettings = Partial<z.input<typeof KeyCreateSchema>>;
/** GET /api/media/jobs/{id} and a 202 from generate: a job's state; once succeeded it also carries the Generation. */
export type Job = z.infer<typeof JobSchema>;
export type JobStatus = Job["status"];
/** The history filters (all optional: the API fills in its defaults). */
export type HistoryQuery = Partial<z.output<typeof HistoryQuerySchema>>;
export type PaidProvider = (typeof KEY_PROVIDER_NAMES)[number];
export type ConfigureRequest = z.input<typeof ConfigureRequestSchema>;
export type ConfigureResult = z.infer<typeof ConfigureResponseSchema>;

/** What the form sends: the request body before server-side defaults. */
export type GenerateBody = Partial<Omit<GenerateRequest, "description" | "options">> & {
  description: string;
  options?: GenerateOptions;
};

/**
 * Lists the UI walks at run time (the schemas cannot be imported as values without zod). Each must name every
 * value of its contract type exactly once: a value added to or removed from the contract fails to compile here.
 */
type Exactly<T, L extends readonly T[]> = [T] extends [L[number]] ? L : { missing: Exclude<T, L[number]> };
const list = <T>() => <const L extends readonly T[]>(values: L & Exactly<T, L>): readonly T[] => values;

export const MEDIA_TYPES = list<MediaType>()(["image", "video", "audio"]);
export const TIERS = list<Tier>()(["free", "budget", "premium"]);
export const REQUESTED_TIERS = list<RequestedTier>()(["auto", "free", "budget", "premium"]);
