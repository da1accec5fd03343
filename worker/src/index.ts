import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { readConfig } from "./config";
import { createRouter, type AppEnv } from "./context";
import { ApiError, onError } from "./errors";
import { identifyClient } from "./limits/client";
import { docsPage } from "./routes/docs";
import { fileRoutes } from "./routes/files";
import { generateRoutes } from "./routes/generate";
import { configureRoutes } from "./routes/configure";
import { jobRoutes } from "./routes/jobs";
import { reportRoutes } from "./routes/reports";

export { MediaJob } from "./jobs/job";
export { Limiter } from "./limits/limiter";

const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "Edge Media API", version: "0.1.0", description: "Images, video and sound from a description, at a cost you choose." },
};

const app = createRouter();

app.use("/api/*", async (c, next) => {
  const origins = readConfig(c.env).allowedOrigins;
  return cors({
    origin: origins.includes("*") ? "*" : origins,
    allowHeaders: ["Content-Type", "Authorization", "Cache-Control", "Range", "If-None-Match", "X-HF-Key", "X-Runway-Key"],
    exposeHeaders: ["X-Cache", "Location", "RateLimit", "RateLimit-Policy", "Retry-After", "Content-Range", "Content-Length", "ETag"],
    maxAge: 600,
  })(c, next);
});
app.use(
  "/api/*",
  bodyLimit({
    maxSize: 64 * 1024,
    onError: () => {
      throw new ApiError(413, "payload_too_large", "request body must be at most 64 KB");
    },
  }),
);
app.use("/api/*", identifyClient);

app.route("/api/media", generateRoutes);
app.route("/api/media", reportRoutes);
app.route("/api/media", fileRoutes);
app.route("/api/media", jobRoutes);
app.route("/api/media", configureRoutes);

app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", { type: "http", scheme: "bearer", description: "ADMIN_TOKEN, for /configure" });
// Built on the first request that needs it, then kept for the isolate's life: never at module load (cold starts
// pay for it otherwise) and never twice.
let openapiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
const documentOnce = () => (openapiDocument ??= app.getOpenAPI31Document(OPENAPI));
app.get("/api/openapi.json", (c) => c.json(documentOnce()));
app.get("/api/docs", (c) => c.html(docsPage(documentOnce())));
app.get("/", (c) => c.redirect("/api/docs"));

answerWrongMethods(app);
app.notFound((c) => c.json({ error: { code: "not_found", message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
app.onError(onError);

/**
 * Hono answers a known path with an unknown method as 404; HTTP says 405 with an Allow header.
 * Registered last, one catch-all per path, so it only sees what no real route took.
 */
function answerWrongMethods(router: Hono<AppEnv>) {
  const allowed = new Map<string, Set<string>>();
  for (const r of router.routes) {
    if (r.method === "ALL") continue; // middleware
    const methods = allowed.get(r.path) ?? new Set<string>();
    methods.add(r.method);
    if (r.method === "GET") methods.add("HEAD");
    allowed.set(r.path, methods);
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods, "OPTIONS"].join(", ");
    router.all(path, (c) =>
      c.json({ error: { code: "method_not_allowed", message: `${c.req.method} is not allowed on ${new URL(c.req.url).pathname}; use ${allow}` } }, 405, { Allow: allow }),
    );
  }
}

export default app;
