import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { owns } from "../auth/caller";
import { createRouter, type AppEnv } from "../context";
import { ApiError } from "../errors";
import { cancelJob, getJob, jobOwner } from "../jobs/rpc";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, SECURITY } from "../openapi";
import { JobSchema } from "../schemas";

const params = z.object({ id: z.uuid({ error: "not a job id" }) });
const errors = { 400: errorResponse("Invalid id"), ...CALLER_ERRORS, 404: errorResponse("No such job (or not yours)"), ...INTERNAL_ERROR } as const;

/**
 * A job is looked up in D1 first: an id that does not exist, or belongs to someone else, is a 404 before any
 * Durable Object is addressed (so invented ids never create one, and "not yours" looks exactly like "missing").
 */
export async function ownJob(c: Context<AppEnv>, id: string): Promise<void> {
  const owner = await jobOwner(c.env, id);
  if (owner === null || !owns(c.get("caller"), owner)) throw new ApiError(404, "not_found", `No job ${id}`);
}

const getRoute = createRoute({
  method: "get",
  path: "/jobs/{id}",
  operationId: "getJob",
  security: SECURITY.client,
  summary: "A long generation's status and progress; once succeeded, the same body generate returns",
  request: { params },
  responses: {
    200: { description: "The job", content: { "application/json": { schema: JobSchema } } },
    ...errors,
  },
});

const cancelRoute = createRoute({
  method: "delete",
  path: "/jobs/{id}",
  operationId: "cancelJob",
  security: SECURITY.client,
  summary: "Cancel a running job (and its task at the provider); it costs nothing",
  request: { params },
  responses: {
    200: { description: "The cancelled job", content: { "application/json": { schema: JobSchema } } },
    ...errors,
    409: errorResponse("The job had already finished"),
  },
});

export const jobRoutes = createRouter()
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    await ownJob(c, id);
    const job = await getJob(c.env, id);
    if (!job) throw new ApiError(404, "not_found", `No job ${id}`);
    return c.json(job, 200);
  })
  .openapi(cancelRoute, async (c) => {
    const { id } = c.req.valid("param");
    await ownJob(c, id);
    const before = await getJob(c.env, id);
    if (!before) throw new ApiError(404, "not_found", `No job ${id}`);
    if (before.status === "succeeded" || before.status === "failed" || before.status === "cancelled") {
      throw new ApiError(409, "job_finished", `Job ${id} has already ${before.status === "succeeded" ? "succeeded" : `ended (${before.status})`}`, { status: before.status });
    }
    const job = await cancelJob(c.env, id);
    return c.json(job!, 200);
  });
