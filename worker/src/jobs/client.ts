import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { generations } from "../db/schema";
import type { JobView } from "../schemas";
import type { JobStart } from "./job";

function stub(env: Env, id: string) {
  return env.MEDIA_JOBS.get(env.MEDIA_JOBS.idFromName(id));
}

/** Hands a pending provider task to its own job object; if that fails, the pending row is not left behind. */
export async function startJob(env: Env, job: JobStart): Promise<JobView> {
  try {
    return await stub(env, job.id).start(job);
  } catch (err) {
    await getDb(env.DB).delete(generations).where(eq(generations.id, job.id));
    throw err;
  }
}

/** Who a job (its generations row) belongs to, or null when there is no such row. Never touches a Durable Object. */
export async function jobOwner(env: Env, id: string): Promise<string | null> {
  const [row] = await getDb(env.DB).select({ owner: generations.clientId }).from(generations).where(eq(generations.id, id)).limit(1);
  return row?.owner ?? null;
}

export async function getJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).view();
}

export async function cancelJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).cancel();
}
