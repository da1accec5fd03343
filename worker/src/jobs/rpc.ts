import { getDb } from "../db/drizzle";
import { generationOwner } from "../db/generations";
import type { Generation, JobView } from "../schemas";
import type { JobStart } from "./types";

function stub(env: Env, id: string) {
  return env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
}

/** Hands a provider task to its own job object, which finishes it even if the request that made it dies. */
export async function startJob(env: Env, job: JobStart): Promise<JobView> {
  return stub(env, job.id).start(job);
}

/** Who a job (its generations row) belongs to, or null when there is no such row. Never touches a Durable Object. */
export async function jobOwner(env: Env, id: string): Promise<string | null> {
  return generationOwner(getDb(env.DB), id);
}

export async function getJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).view();
}

export async function cancelJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).cancel();
}

/** The request committed the result itself within its synchronous wait: the job stops polling. */
export async function completeJob(env: Env, id: string, generation: Generation): Promise<void> {
  await stub(env, id).completed(generation);
}

/** The request took the provider's verdict (the task failed) and cleaned up: the job has nothing to do. */
export async function abandonJob(env: Env, id: string): Promise<void> {
  await stub(env, id).abandon();
}
