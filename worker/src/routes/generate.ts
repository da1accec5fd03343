import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createRouter, type AppEnv } from "../context";
import { allowedTiers, ESTIMATES_PER_GENERATION, generateLimit } from "../auth/caller";
import { readConfig } from "../config";
import { checkKeyShape, KEY_PROVIDER_INFO, KEY_PROVIDERS } from "../keys/store";
import { rateLimitedError, rateLimitHeaders, takeToken } from "../limits/rate-limit";
import { idempotent } from "../money/idempotency";
import { runGeneration } from "../pipeline/generate";
import { toDollars } from "../pricing";
import { candidates } from "../providers/registry";
import type { ProviderContext, RequestKeys } from "../providers/provider";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, JSON_BODY_ERRORS, SECURITY } from "../openapi";
import { EstimateSchema, GenerateRequestSchema, GenerationSchema, JobSchema } from "../schemas";

const jsonBody = { required: true, content: { "application/json": { schema: GenerateRequestSchema } } } as const;
const errors = {
  ...CALLER_ERRORS,
  ...JSON_BODY_ERRORS,
  400: errorResponse("Invalid request (details lists every problem), or a malformed X-HF-Key / X-Runway-Key"),
  403: errorResponse("This caller may not use the requested tier (tier_not_allowed)"),
  409: errorResponse("Tier not configured"),
  422: errorResponse("Media type not supported by the tier"),
  ...INTERNAL_ERROR,
} as const;

const generateRoute = createRoute({
  method: "post",
  path: "/generate",
  operationId: "generateMedia",
  security: SECURITY.client,
  summary: "Generate an image, video or sound from a description",
  description:
    "Optional headers X-HF-Key / X-Runway-Key use the caller's own provider key for this request only (never stored or logged). " +
    "A generation still running after SYNC_WAIT_MS answers 202 with a job to poll. " +
    "An Idempotency-Key (1-255 characters) makes retries safe: the same key from the same caller within 24 h returns the first response " +
    "(with Idempotent-Replayed: true) and nothing is generated or charged again.",
  request: {
    body: jsonBody,
    headers: z.object({ "idempotency-key": z.string().optional().openapi({ description: "1-255 characters, unique per request you mean to make once" }) }),
  },
  responses: {
    200: { description: "The stored result", content: { "application/json": { schema: GenerationSchema } } },
    202: { description: "Still running at the provider: poll poll_url", content: { "application/json": { schema: JobSchema } } },
    ...errors,
    409: errorResponse("Tier not configured, or a request with this Idempotency-Key is still running"),
    422: errorResponse("Media type not supported by the tier, or Idempotency-Key reused with a different body (idempotency_key_reused)"),
    402: errorResponse("The provider's credits (or our monthly spend limit) are exhausted; nothing was charged"),
    429: errorResponse("Rate limited, or too many failed authentications from this address (see Retry-After)"),
    502: errorResponse("The provider failed or rejected its key; nothing was charged"),
    503: errorResponse("The provider is loading, overloaded or rate limited (see Retry-After); nothing was charged"),
    504: errorResponse("The provider did not answer in time; nothing was charged"),
  },
});

const estimateRoute = createRoute({
  method: "post",
  path: "/estimate",
  operationId: "estimateMedia",
  security: SECURITY.client,
  summary: "What generate would cost and how long it would take, right now",
  description: "Rate limited per caller at ten times the caller's generate limit.",
  request: { body: jsonBody },
  responses: {
    200: { description: "The estimate", content: { "application/json": { schema: EstimateSchema } } },
    ...errors,
    429: errorResponse("Rate limited (see Retry-After)"),
  },
});

/** The caller's own provider keys, shape-checked; they live in this request's context and nowhere else. */
function requestKeys(c: Context<AppEnv>): RequestKeys {
  const keys: RequestKeys = {};
  for (const provider of KEY_PROVIDERS) {
    const header = KEY_PROVIDER_INFO[provider].header;
    const value = c.req.header(header)?.trim();
    if (!value) continue;
    checkKeyShape(provider, value, header);
    keys[provider] = value;
  }
  return keys;
}

/** The usual spellings of "do not reuse a stored answer" (RFC 9111; Pragma for HTTP/1.0 clients). */
export function refusesCache(headers: Headers): boolean {
  const cacheControl = headers.get("Cache-Control") ?? "";
  return /\bno-cache\b|\bno-store\b|\bmax-age\s*=\s*"?0+"?(?![\d.])/i.test(cacheControl) || /\bno-cache\b/i.test(headers.get("Pragma") ?? "");
}

function providerContext(c: Context<AppEnv>, signal?: AbortSignal): ProviderContext {
  return { env: c.env, fetch: (input, init) => fetch(input, init), signal, byok: requestKeys(c) };
}

export const generateRoutes = createRouter()
  .openapi(generateRoute, async (c) => {
    const caller = c.get("caller");
    const body = c.req.valid("json");
    // A key bound to a project files its generations there unless the request names one.
    const request = caller.kind === "key" && body.project_id === undefined && caller.key.projectId ? { ...body, project_id: caller.key.projectId } : body;
    const config = readConfig(c.env);
    const ctx = providerContext(c, c.req.raw.signal);
    // Bad tiers and media types are refused before a rate-limit slot is spent on them.
    const providers = await candidates(request.tier, request.media_type, ctx, allowedTiers(caller, c.env));
    // A replayed Idempotency-Key answers before a rate-limit slot is spent on it.
    return idempotent(c, caller.ownerId, request, async () => {
      const decision = await takeToken(c.env, caller.ownerId, generateLimit(caller, c.env));
      if (!decision.allowed) throw rateLimitedError(decision);

      const result = await runGeneration({
        request,
        providers,
        useCache: request.cache && !refusesCache(c.req.raw.headers),
        clientId: caller.ownerId,
        requestUrl: c.req.url,
        ctx,
        // A client key's own budget and credits must admit paid work too (in its own SpendLedger).
        key: caller.kind === "key" ? { keyId: caller.key.id, keyName: caller.key.name, monthlyBudgetMicros: caller.key.monthlyBudgetMicros } : null,
      });
      if (result.kind === "pending") {
        return c.json(result.job, 202, { ...rateLimitHeaders(decision), Location: result.job.poll_url, "Retry-After": String(Math.ceil(config.runway.pollIntervalMs / 1000)) });
      }
      return c.json(result.generation, 200, { ...rateLimitHeaders(decision), "X-Cache": result.cache });
    });
  })
  .openapi(estimateRoute, async (c) => {
    const caller = c.get("caller");
    const request = c.req.valid("json");
    const [provider] = await candidates(request.tier, request.media_type, providerContext(c), allowedTiers(caller, c.env));
    const decision = await takeToken(c.env, `estimate:${caller.ownerId}`, generateLimit(caller, c.env) * ESTIMATES_PER_GENERATION);
    if (!decision.allowed) throw rateLimitedError(decision, "estimates");
    const estimate = provider!.estimate(request);
    return c.json(
      {
        tier: provider!.tier,
        provider: provider!.id,
        media_type: request.media_type,
        estimated_cost: toDollars(estimate.costMicros),
        estimated_time_ms: estimate.timeMs,
        description: request.description,
      },
      200,
      rateLimitHeaders(decision),
    );
  });
