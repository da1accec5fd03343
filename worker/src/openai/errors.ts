import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { ApiError, type ErrorBody } from "../errors";

// OpenAI's error shape, on /v1/* only: {"error": {"message", "type", "param", "code"}}. Everything else in this
// API keeps its own shape, so one middleware translates whatever the shared handlers produced.

export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

function typeFor(status: number, code: string): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 402 || code === "spend_limit_reached" || code.includes("budget") || code.includes("credit")) return "insufficient_quota";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

/** The field a 400 is about: from our validation details (`[{path}]`) or an explicit `{field}` / `{param}`. */
function paramOf(details: unknown): string | null {
  if (Array.isArray(details)) {
    const path = (details[0] as { path?: unknown } | undefined)?.path;
    return typeof path === "string" && path ? path : null;
  }
  if (details && typeof details === "object") {
    const d = details as { param?: unknown; field?: unknown };
    if (typeof d.param === "string") return d.param;
    if (typeof d.field === "string") return d.field;
  }
  return null;
}

export function toOpenAiError(status: number, body: ErrorBody): OpenAiErrorBody {
  const { code, message, details } = body.error;
  return { error: { message, type: typeFor(status, code), param: paramOf(details), code } };
}

/** Rewrites every JSON error this API answers under /v1 (validation, auth, limits, not found...) into OpenAI's shape. */
export const openAiErrors = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const res = c.res;
  if (res.status < 400 || !res.headers.get("Content-Type")?.includes("application/json")) return;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as ErrorBody | null;
  if (!body?.error || typeof body.error.code !== "string" || "type" in body.error) return;
  const headers = new Headers(res.headers);
  headers.delete("Content-Length");
  // Unset first: Hono copies the old response's headers onto a replacement, Content-Length included.
  c.res = undefined;
  c.res = new Response(JSON.stringify(toOpenAiError(res.status, body)), { status: res.status, headers });
});

/** A 400 about one request field, named as OpenAI names it (`param`). */
export function invalidParam(param: string, message: string, code = "invalid_value"): ApiError {
  return new ApiError(400, code, message, { param });
}
