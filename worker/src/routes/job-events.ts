import { createRoute, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { readConfig } from "../config";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, SECURITY } from "../openapi";
import { createRouter } from "../context";
import { ApiError } from "../errors";
import { getJob } from "../jobs/rpc";
import { ownJob } from "./jobs";
import type { JobView } from "../schemas";

// Live progress of a job as Server-Sent Events. Event ids are the progress in thousandths (0-1000), and 1001 for
// the final event, so `Last-Event-ID` tells where a reconnecting client left off without any per-stream state.

const FINAL_ID = 1001;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;
/** One stream lasts at most this long; EventSource reconnects with Last-Event-ID and carries on. */
const MAX_STREAM_MS = 5 * 60_000;

const FINAL_EVENT: Partial<Record<JobView["status"], string>> = { succeeded: "done", failed: "failed", cancelled: "cancelled" };

const eventsRoute = createRoute({
  method: "get",
  path: "/jobs/{id}/events",
  operationId: "streamJobEvents",
  summary: "A job's live progress as Server-Sent Events",
  description:
    "`progress` events (data: the job, as GET /jobs/{id} returns it) whenever progress changes, then one `done`, `failed` or `cancelled` " +
    "event and the stream ends. Event ids are progress in thousandths (1001 for the final event): reconnect with Last-Event-ID to resume; " +
    "a client that already saw the final event gets 204.",
  security: SECURITY.client,
  request: {
    params: z.object({ id: z.uuid({ error: "not a job id" }) }),
  },
  responses: {
    200: { description: "The event stream", content: { "text/event-stream": { schema: z.string() } } },
    204: { description: "The client already received the final event" },
    400: errorResponse("Invalid id"),
    ...CALLER_ERRORS,
    404: errorResponse("No such job (or not yours)"),
    ...INTERNAL_ERROR,
  },
});

function lastEventId(header: string | undefined): number {
  const n = Number.parseInt(header ?? "", 10);
  return Number.isFinite(n) ? n : -1;
}

export const jobEventRoutes = createRouter().openapi(eventsRoute, async (c) => {
  const { id } = c.req.valid("param");
  // Owner-scoped like every job read: someone else's job is a 404, checked in D1 before any Durable Object.
  await ownJob(c, id);
  const first = await getJob(c.env, id);
  if (!first) throw new ApiError(404, "not_found", `No job ${id}`);
  const after = lastEventId(c.req.header("Last-Event-ID"));
  if (after >= FINAL_ID) return c.body(null, 204) as never;
  const pollMs = readConfig(c.env).jobEventsPollMs;

  return streamSSE(c, async (stream) => {
    const started = Date.now();
    let sent = after;
    let lastWrite = Date.now();
    let job: JobView | null = first;
    // How long EventSource waits before reconnecting (a field without data dispatches no event).
    await stream.write("retry: 2000\n\n");
    while (job && !stream.aborted) {
      const final = FINAL_EVENT[job.status];
      if (final) {
        await stream.writeSSE({ event: final, id: String(FINAL_ID), data: JSON.stringify(job) });
        return;
      }
      const permille = Math.round(job.progress * 1000);
      if (permille > sent) {
        await stream.writeSSE({ event: "progress", id: String(permille), data: JSON.stringify(job) });
        sent = permille;
        lastWrite = Date.now();
      } else if (Date.now() - lastWrite >= HEARTBEAT_MS) {
        await stream.write(": keep-alive\n\n");
        lastWrite = Date.now();
      }
      if (Date.now() - started >= MAX_STREAM_MS) return;
      await stream.sleep(pollMs);
      job = await getJob(c.env, id);
    }
  }) as never;
});
