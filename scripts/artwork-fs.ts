// Subject artwork from packages/engine/artwork on disk, for Node scripts (gallery, benchmarks by hand).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArtworkLookup } from "@edge-media/engine";

const dir = resolve(import.meta.dirname, "../packages/engine/artwork");
const cache = new Map<string, string | undefined>();

export const artworkFromDisk: ArtworkLookup = (name) => {
  if (!/^[a-z0-9-]+$/.test(name)) return undefined;
  if (!cache.has(name)) {
    try { cache.set(name, readFileSync(join(dir, `${name}.svg`), "utf8")); } catch { cache.set(name, undefined); }
  }
  return cache.get(name);
};
