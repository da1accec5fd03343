import { createRoute } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { readConfig } from "../config";
import { rateLimitedError, rateLimitHeaders, takeToken } from "../limits/rate-limit";
import { runGeneration } from "../pipeline/generate";
import { toDollars } from "../pricing";
import { candidates } from "../providers/registry";
import type { ProviderContext } from "../providers/provider";
import { ErrorSchema, EstimateSchema, GenerateRequestSchema, GenerationSchema } from "../schemas";

const jsonBody = { required: true, content: { "application/json": { schema: GenerateRequestSchema } } } as const;
const errors = {
  400: { description: "Invalid request", content: { "application/json": { schema: ErrorSchema } } },
  409: { description: "Tier not configured", content: { "application/json": { schema: ErrorSchema } } },
  422: { description: "Media type not supported by the tier", content: { "application/json": { schema: ErrorSchema } } },
} as const;

const generateRoute = createRoute({
  method: "post",
  path: "/generate",
  summary: "Generate an image, video or sound from a description",
  request: { body: jsonBody },
  responses: {
    200: { description: "The stored result", content: { "application/json": { schema: GenerationSchema } } },
    ...errors,
    429: { description: "Rate limited (see Retry-After)", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const estimateRoute = createRoute({
  method: "post",
  path: "/estimate",
  summary: "What generate would cost and how long it would take, right now",
  request: { body: jsonBody },
  responses: {
    200: { description: "The estimate", content: { "application/json": { schema: EstimateSchema } } },
    ...errors,
  },
});

function providerContext(env: Env, signal?: AbortSignal): ProviderContext {
  return { env, fetch: (input, init) => fetch(input, init), signal };
}

export const generateRoutes = createRouter()
  .openapi(generateRoute, async (c) => {
    const request = c.req.valid("json");
    const config = readConfig(c.env);
    const ctx = providerContext(c.env, c.req.raw.signal);
    // Bad tiers and media types are refused before a rate-limit slot is spent on them.
    const providers = await candidates(request.tier, request.media_type, ctx);
    const decision = await takeToken(c.env, c.get("clientId"), config.rateLimitPerMinute);
    if (!decision.allowed) throw rateLimitedError(decision);

    const noCache = /\bno-cache\b/i.test(c.req.header("Cache-Control") ?? "");
    const result = await runGeneration({
      request,
      providers,
      useCache: request.cache && !noCache,
      clientId: c.get("clientId"),
      requestUrl: c.req.url,
      ctx,
      cacheTtlSeconds: config.cacheTtlSeconds,
    });
    return c.json(result.generation, 200, { ...rateLimitHeaders(decision), "X-Cache": result.cache });
  })
  .openapi(estimateRoute, async (c) => {
    const request = c.req.valid("json");
    const [provider] = await candidates(request.tier, request.media_type, providerContext(c.env));
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
    );
  });
