import type { ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
// zod/mini (deployed) and zod classic (scripts) both raise a core $ZodError.
import type { $ZodError as ZodError } from "zod/v4/core";

/** The one error shape of this API: `{"error": {"code", "message", "details"?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** A problem we know how to name. Thrown anywhere; `onError` turns it into JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** zod issues -> one 400 whose message names the first problem and whose details list them all. */
export function validationError(error: ZodError): ApiError {
  const details = error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  const first = details[0];
  // Name the field unless the message already does ("description must be 1-2000 characters").
  const message = !first ? "invalid request" : first.path && !first.message.startsWith(first.path) ? `${first.path}: ${first.message}` : first.message;
  return new ApiError(400, "invalid_request", message, details);
}

const CODES_BY_STATUS: Record<number, string> = {
  400: "invalid_request",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_content_type",
};

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) {
    return c.json(err.body(), err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (malformed JSON, unsupported content type, ...): keep its message, use our shape.
    const message = err.status === 415 ? "Content-Type must be application/json" : err.message || "bad request";
    const code = CODES_BY_STATUS[err.status] ?? "bad_request";
    return c.json({ error: { code, message } } satisfies ErrorBody, err.status);
  }
  // Unknown failure: log it (never the request body or headers, which may carry keys) and say little.
  console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, err instanceof Error ? err.stack : err);
  return c.json({ error: { code: "internal_error", message: "internal error" } } satisfies ErrorBody, 500);
};
