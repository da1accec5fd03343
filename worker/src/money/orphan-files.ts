import type { Db } from "../db/drizzle";
import { fileHasRow } from "../db/generations";

/** Stored files older than this with no row pointing at them are deleted. */
export const ORPHAN_FILE_AGE_MS = 60 * 60_000;

/**
 * How much of the bucket one reconciler run looks at: `pages` list calls of `pageSize` objects. A bucket larger than
 * that is swept over several runs, so a run's cost does not grow with the bucket.
 */
export interface SweepLimits {
  pages: number;
  pageSize: number;
}
export const SWEEP_LIMITS: SweepLimits = { pages: 5, pageSize: 500 };

/**
 * Where the sweep goes on next run, in KV: the last key it looked at. A key rather than R2's list cursor, because
 * R2 lists in key order and a key stays a valid place to start from however long it waits (a cursor is opaque and
 * belongs to one listing). Absent: start at the beginning of the bucket.
 */
export const SWEEP_POSITION_KEY = "reconcile:orphan-sweep:after";

export interface SweepReport {
  deleted: number;
  scanned: number;
  /** The run reached the end of the bucket (the next starts again at the beginning). */
  finished: boolean;
}

/**
 * Deletes files stored more than an hour ago that no succeeded row points at (their row was never written, or
 * failed), looking at no more than `limits` of the bucket, from where the previous run stopped.
 */
export async function sweepOrphanFiles(env: Env, db: Db, now: number, limits: SweepLimits = SWEEP_LIMITS): Promise<SweepReport> {
  const report: SweepReport = { deleted: 0, scanned: 0, finished: false };
  const after = (await env.CACHE.get(SWEEP_POSITION_KEY)) ?? undefined;
  let cursor: string | undefined;
  let last: string | undefined;
  for (let page = 0; page < limits.pages; page++) {
    const listed = await env.MEDIA.list({ limit: limits.pageSize, ...(cursor ? { cursor } : after ? { startAfter: after } : {}) });
    for (const object of listed.objects) {
      report.scanned += 1;
      last = object.key;
      if (object.uploaded.getTime() > now - ORPHAN_FILE_AGE_MS) continue;
      if (await fileHasRow(db, object.key)) continue;
      await env.MEDIA.delete(object.key);
      report.deleted += 1;
    }
    if (!listed.truncated) {
      report.finished = true;
      break;
    }
    cursor = listed.cursor;
  }
  if (report.finished) await env.CACHE.delete(SWEEP_POSITION_KEY);
  else if (last) await env.CACHE.put(SWEEP_POSITION_KEY, last);
  return report;
}
