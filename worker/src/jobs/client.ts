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

export async function getJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).view();
}

export async function cancelJob(env: Env, id: string): Promise<JobView | null> {
  return stub(env, id).cancel();
}
