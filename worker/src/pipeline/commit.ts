import { getDb } from "../db/drizzle";
import { closeHolds, getGeneration, insertGeneration, markSucceeded } from "../db/generations";
import type { GenerationRow, NewGeneration } from "../db/schema";
import { settleSpend, type SpendHold } from "../limits/spend";
import type { GeneratedMedia } from "../providers/provider";
import { fileKey, putFile } from "../storage/files";
import type { Checkpoint } from "./steps";

/** A result already in R2 (the reconciler finishing a generation whose request died after storing it). */
export interface StoredMedia {
  stored: true;
  r2Key: string;
  contentType: string;
  bytes: number;
  costMicros: number;
  model: string;
}

export interface CommitInput {
  id: string;
  media: GeneratedMedia | StoredMedia;
  hold: SpendHold;
  startedAt: number;
  /** Free work has no pending row: the finished row is inserted whole instead. */
  insert?: Omit<NewGeneration, "id" | "status" | "costMicros" | "timeMs" | "r2Key" | "contentType" | "bytes" | "model">;
  checkpoint?: Checkpoint;
}

/**
 * The one way a result is committed, by the request, the job object and the reconciler alike: file in R2 ->
 * row from pending to succeeded (exactly once) -> holds settled at the actual cost. Returns the succeeded row,
 * or null when the row was no longer pending (ended by someone else); then the file is not kept.
 * Running it twice for the same generation is harmless: the second finds the row already succeeded with the
 * same file, and settling is idempotent per hold.
 */
export async function commitResult(env: Env, input: CommitInput): Promise<GenerationRow | null> {
  const { id, media, hold } = input;
  const db = getDb(env.DB);
  const r2Key = "stored" in media ? media.r2Key : fileKey(id, media.extension);
  const bytes = "stored" in media ? media.bytes : media.bytes.byteLength;
  const fields = { costMicros: media.costMicros, timeMs: Date.now() - input.startedAt, r2Key, contentType: media.contentType, bytes, model: media.model };
  let row: GenerationRow | undefined;
  try {
    if (!("stored" in media)) await putFile(env.MEDIA, r2Key, media.bytes, media.contentType);
    await input.checkpoint?.("file_put");
    if (input.insert) {
      row = { ...input.insert, id, status: "succeeded", error: null, holds: null, holdsOpen: false, task: null, ...fields } as GenerationRow;
      await insertGeneration(db, row);
    } else {
      row = await markSucceeded(db, id, fields);
    }
  } catch (err) {
    // Our storage failed: no file nobody can account for (unless the row did commit with it).
    if ((await getGeneration(db, id).catch(() => undefined))?.r2Key !== r2Key) await env.MEDIA.delete(r2Key).catch(() => undefined);
    throw err;
  }
  if (!row) {
    const current = await getGeneration(db, id);
    if (current?.status !== "succeeded" || current.r2Key !== r2Key) {
      await env.MEDIA.delete(r2Key);
      return null;
    }
    row = current; // committed already (the job's alarm and the request both saw the result): same file, same cost
  }
  await input.checkpoint?.("row_committed");
  if (hold.ledgers.length > 0) {
    // Committed: from here a failure is logged, never retried here (the reconciler settles open holds once).
    try {
      await settleSpend(env, hold, media.costMicros);
      await closeHolds(db, id);
    } catch (err) {
      console.error(`generation ${id}: settling spend failed (the reconciler will): ${String(err)}`);
    }
  }
  await input.checkpoint?.("settled");
  return row;
}
