import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SWEEP_POSITION_KEY } from "../../src/money/orphan-files";
import { reconcile } from "../../src/money/reconcile";
import { generate, r2Keys, usePaidTiers } from "../helpers";

// The sweep for stored files with no row looks at a bounded slice of the bucket per run (here 2 pages of 2 files),
// keeping its place in KV, so a large bucket is covered over several runs instead of listed whole every 5 minutes.
usePaidTiers(); // empty D1 / R2 / KV before each test
const HOUR = 3_600_000;
const SMALL = { pages: 2, pageSize: 2 };

async function orphans(n: number): Promise<string[]> {
  const keys = Array.from({ length: n }, (_, i) => `orphan-${i}.bin`);
  for (const key of keys) await env.MEDIA.put(key, new Uint8Array([1, 2, 3]));
  return keys;
}

describe("the orphan-file sweep is incremental", () => {
  it("covers the bucket over several runs from where the last stopped, deleting only old files with no row", async () => {
    const made = await generate({ description: "a kept file", tier: "free", cache: false });
    expect(made.status).toBe(200);
    const [kept] = await r2Keys();
    const stray = await orphans(6);
    const all = [kept!, ...stray].sort(); // R2 lists in key order

    // Run 1: four files (two pages), the rest left for the next run; the place is kept in KV.
    const first = await reconcile(env, Date.now() + 2 * HOUR, SMALL);
    expect(first.orphan_files_scanned).toBe(4);
    expect(await env.CACHE.get(SWEEP_POSITION_KEY)).toBe(all[3]);
    const firstSlice = all.slice(0, 4);
    expect(first.orphan_files_deleted).toBe(firstSlice.filter((k) => k !== kept).length);
    expect(await r2Keys()).toEqual(all.filter((k) => k === kept || !firstSlice.includes(k)));

    // Run 2: the remaining three, not the first four again; the end of the bucket clears the place.
    const second = await reconcile(env, Date.now() + 2 * HOUR, SMALL);
    expect(second.orphan_files_scanned).toBe(3);
    expect(first.orphan_files_deleted + second.orphan_files_deleted).toBe(6);
    expect(await env.CACHE.get(SWEEP_POSITION_KEY)).toBeNull();
    expect(await r2Keys()).toEqual([kept]);

    // Run 3 starts over at the beginning: only the file with a row is left, and it stays.
    expect(await reconcile(env, Date.now() + 2 * HOUR, SMALL)).toMatchObject({ orphan_files_scanned: 1, orphan_files_deleted: 0 });
    expect(await r2Keys()).toEqual([kept]);
  });

  it("leaves files younger than an hour, even with no row, and still moves on through the bucket", async () => {
    await orphans(5);
    const run = await reconcile(env, Date.now(), SMALL);
    expect(run).toMatchObject({ orphan_files_scanned: 4, orphan_files_deleted: 0 });
    expect(await env.CACHE.get(SWEEP_POSITION_KEY)).toBe("orphan-3.bin");
    expect(await r2Keys()).toHaveLength(5);
    expect(await reconcile(env, Date.now(), SMALL)).toMatchObject({ orphan_files_scanned: 1, orphan_files_deleted: 0 });
    expect(await env.CACHE.get(SWEEP_POSITION_KEY)).toBeNull();
  });

  it("a place that no longer exists (the file was deleted since) is still a place to start after", async () => {
    await orphans(3);
    await env.CACHE.put(SWEEP_POSITION_KEY, "orphan-0.bin-gone");
    expect(await reconcile(env, Date.now() + 2 * HOUR, SMALL)).toMatchObject({ orphan_files_scanned: 2, orphan_files_deleted: 2 });
    expect(await r2Keys()).toEqual(["orphan-0.bin"]);
  });
});
