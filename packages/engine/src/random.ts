// Seeded randomness shared by every generator. Hand-written (see shared/free-engine-libs.md): a string hash
// and sfc32 are a few lines, give identical sequences in Node and workerd, and need no dependency.

/** 32-bit FNV-1a over UTF-16 code units, with a final avalanche so similar strings spread apart. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform float in [lo, hi). */
  range(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A new independent stream, so one part of a picture can change without reshuffling the rest. */
  fork(label: string): Rng;
}

/** sfc32: fast, 128-bit state, good statistical quality; all integer maths so it is exact everywhere. */
export function createRng(seed: number, salt = ""): Rng {
  let a = hashString(salt, seed >>> 0);
  let b = hashString(salt, (seed ^ 0x9e3779b9) >>> 0);
  let c = hashString(salt, (seed ^ 0x7f4a7c15) >>> 0);
  let d = (seed ^ 0xdeadbeef) >>> 0;
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so nearby seeds diverge immediately.
  for (let i = 0; i < 12; i++) nextU32();
  const rng: Rng = {
    next: () => nextU32() / 4294967296,
    range: (lo, hi) => lo + (hi - lo) * rng.next(),
    int: (lo, hi) => lo + Math.floor(rng.next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(rng.next() * items.length)] as (typeof items)[number],
    chance: (p) => rng.next() < p,
    fork: (label) => createRng(nextU32(), label),
  };
  return rng;
}
