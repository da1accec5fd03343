import type { MiddlewareHandler } from "hono";
import { readConfig, type Config } from "./config";
import type { AppEnv } from "./context";

const ALLOW_HEADERS = "Content-Type,Authorization,Cache-Control,Range,If-None-Match,X-HF-Key,X-Runway-Key,Idempotency-Key,Last-Event-ID";
const EXPOSE_HEADERS = "X-Cache,Location,RateLimit,RateLimit-Policy,Retry-After,Content-Range,Content-Length,ETag,Idempotent-Replayed";
const ALLOW_METHODS = "GET,HEAD,PUT,POST,DELETE,PATCH";
const MAX_AGE_S = "600";

/** The Access-Control-Allow-Origin value for a request's Origin under these settings, or null (not allowed). */
function allowOrigin(config: Config, origin: string | undefined): string | null {
  if (config.allowedOrigins.includes("*")) return "*";
  return origin && config.allowedOrigins.includes(origin) ? origin : null;
}

/**
 * CORS for the browser UI (ALLOWED_ORIGINS). Hono's own cors() sets its headers through `c.res` before the route
 * runs, which makes Hono build a placeholder Response and then copy every header into a third one once the route
 * answers: three Response objects per request, about a sixth of a status request's CPU. Here a preflight is answered
 * at once and any other request gets its headers on the one Response the route made.
 */
export const corsHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  const config = readConfig(c.env);
  const origin = allowOrigin(config, c.req.header("Origin"));
  const vary = origin !== "*";
  if (c.req.method === "OPTIONS") {
    const headers = new Headers({ "Access-Control-Allow-Methods": ALLOW_METHODS, "Access-Control-Allow-Headers": ALLOW_HEADERS, "Access-Control-Max-Age": MAX_AGE_S });
    if (origin) headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Vary", vary ? "Origin, Access-Control-Request-Headers" : "Access-Control-Request-Headers");
    return new Response(null, { status: 204, headers });
  }
  await next();
  const headers = c.res.headers;
  if (origin) {
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  }
  if (vary) headers.append("Vary", "Origin");
};
