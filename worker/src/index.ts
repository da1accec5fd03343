import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createRouter, type AppEnv } from "./context";
import { corsHeaders } from "./cors";
import { ApiError, onError } from "./errors";
import { identifyCaller } from "./auth/caller";
import { OPENAPI_INFO, SECURITY_SCHEMES } from "./openapi";
import { reconcile } from "./money/reconcile";
import { adminRoutes } from "./routes/admin";
import { alertRoutes } from "./routes/alerts";
import { creditRoutes } from "./routes/credits";
import { docsPage } from "./routes/docs";
import { fileRoutes } from "./routes/files";
import { generateRoutes } from "./routes/generate";
import { configureRoutes } from "./routes/configure";
import { jobRoutes } from "./routes/jobs";
import { jobEventRoutes } from "./routes/job-events";
import { keyRoutes } from "./routes/keys";
import { keyWebhookRoutes } from "./routes/key-webhooks";
import { reportRoutes } from "./routes/reports";
import { openAiErrors } from "./openai/errors";
import { openAiRoutes } from "./openai/routes";
import { handleWebhookBatch, type WebhookMessage } from "./webhooks/deliver";

export { MediaJob } from "./jobs/job";
export { Limiter } from "./limits/limiter";
export { SpendLedger } from "./limits/ledger";

const OPENAPI = { openapi: "3.1.0", info: OPENAPI_INFO };

const app = createRouter();

const limitBody = bodyLimit({
  maxSize: 64 * 1024,
  onError: () => {
    throw new ApiError(413, "payload_too_large", "request body must be at most 64 KB");
  },
});
app.use("/api/*", corsHeaders);
app.use("/api/*", limitBody);
app.use("/api/*", identifyCaller);
// The OpenAI-compatible API: OpenAI's error shape (registered first, so it sees every error under /v1), then the same guards.
app.use("/v1/*", openAiErrors, corsHeaders, limitBody, identifyCaller);

app.route("/api/media", generateRoutes);
app.route("/api/media", reportRoutes);
app.route("/api/media", fileRoutes);
app.route("/api/media", jobRoutes);
app.route("/api/media", jobEventRoutes);
app.route("/api/media", configureRoutes);
app.route("/api", adminRoutes);
app.route("/api", alertRoutes);
app.route("/api", creditRoutes);
app.route("/v1", openAiRoutes((req, env, ctx) => app.fetch(req, env, ctx)));
app.route("/api", keyRoutes);
app.route("/api", keyWebhookRoutes);

for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
// Built on the first request that needs it, then kept for the isolate's life: never at module load (cold starts
// pay for it otherwise) and never twice.
let openapiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
const documentOnce = () => (openapiDocument ??= app.getOpenAPI31Document(OPENAPI));
// The server is whoever answered: the same document is right for wrangler dev, workers.dev and a custom domain.
app.get("/api/openapi.json", (c) => c.json({ ...documentOnce(), servers: [{ url: new URL(c.req.url).origin, description: "This deployment" }] }));
app.get("/api/docs", (c) => c.html(docsPage(documentOnce())));
app.get("/", (c) => c.redirect("/api/docs"));

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const allow = allowedMethods(app, path);
  if (allow) return c.json({ error: { code: "method_not_allowed", message: `${c.req.method} is not allowed on ${path}; use ${allow}` } }, 405, { Allow: allow });
  return c.json({ error: { code: "not_found", message: `No route for ${c.req.method} ${path}` } }, 404);
});
app.onError(onError);

/**
 * Hono answers a known path with an unknown method as 404; HTTP says 405 with an Allow header. Worked out when a
 * request found no route (rare), from the route table, on the first such request: a catch-all route per path made
 * every cold start register ~40 more routes and every matched request walk past them.
 */
let methodsByPath: { pattern: RegExp; allow: string }[] | undefined;
function allowedMethods(router: Hono<AppEnv>, path: string): string | undefined {
  if (!methodsByPath) {
    const byPath = new Map<string, Set<string>>();
    for (const r of router.routes) {
      if (r.method === "ALL") continue; // middleware
      const methods = byPath.get(r.path) ?? new Set<string>();
      methods.add(r.method);
      if (r.method === "GET") methods.add("HEAD");
      byPath.set(r.path, methods);
    }
    // Route paths are literal segments and `:name` parameters (one segment each); the first route's path wins, as in routing.
    methodsByPath = [...byPath].map(([routePath, methods]) => ({
      pattern: new RegExp(`^${routePath.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`),
      allow: [...methods, "OPTIONS"].join(", "),
    }));
  }
  return methodsByPath.find((m) => m.pattern.test(path))?.allow;
}

export default {
  fetch: app.fetch,
  // Webhook deliveries and their dead-letter queue (wrangler.toml [[queues.consumers]]).
  queue: (batch, env) => handleWebhookBatch(batch, env),
  // The Cron Trigger (wrangler.toml [triggers]): the reconciler, every 5 minutes.
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(reconcile(env).then((report) => console.log("reconcile:", JSON.stringify(report))));
  },
} satisfies ExportedHandler<Env, WebhookMessage>;
