// Output size: explicit options win, then "1920x1080", then an aspect ratio or orientation word, then the
// family's default canvas.
import type { Family, ImageKind } from "../detect";
import { isTemplate, templateSize } from "../templates/rules";
import type { Device } from "./device";
import { consume, type Scan } from "./scan";

const RATIOS = new Set(["1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "16:10", "10:16", "21:9", "9:21",
  "4:5", "5:4", "2:1", "1:2", "3:1", "1:3", "9:19.5", "19.5:9"]);

const DEFAULT_SIZE: Record<Family, [number, number]> = {
  ui: [1280, 800], chart: [960, 600], diagram: [1200, 720], icon: [512, 512], pattern: [1200, 800],
  scene: [1600, 900], avatar: [512, 512], abstract: [1200, 800],
};

/** Kinds whose natural canvas differs from their family's (a phone screen is tall). */
const KIND_SIZE: Partial<Record<ImageKind, [number, number]>> = { "mobile-app": [390, 844] };

export interface SizeWords { width?: number; height?: number; ratio?: number }

/** The size the prompt spells out, before the kind is known. */
export function sizeWords(s: Scan): SizeWords {
  const out: SizeWords = {};
  const dims = s.lower.match(/\b(\d{2,4})\s*[x×]\s*(\d{2,4})\b/);
  if (dims) { out.width = +dims[1]!; out.height = +dims[2]!; }
  consume(s, /\b\d{2,4}\s*[x×]\s*\d{2,4}\b/g);
  for (const m of s.lower.matchAll(/\b(\d{1,2}(?:\.\d)?)\s*:\s*(\d{1,2}(?:\.\d)?)\b/g)) {
    if (RATIOS.has(`${m[1]}:${m[2]}`)) { out.ratio = +m[1]! / +m[2]!; s.rest = s.rest.replace(m[0], " "); break; }
  }
  if (out.ratio === undefined) {
    const lower = s.lower;
    if (/\b(square|1 ?by ?1|instagram post)\b/.test(lower)) out.ratio = 1;
    else if (/\b(portrait|vertical|story|stories|tall)\b/.test(lower)) out.ratio = 3 / 4;
    else if (/\b(landscape (format|orientation|mode)|widescreen|wide|banner|header)\b/.test(lower)) out.ratio = /\b(banner|header)\b/.test(lower) ? 3 : 16 / 9;
  }
  return out;
}

const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

/** Final width and height within [64, 4096]. */
export function resolveSize(words: SizeWords, kind: string, family: Family | "audio", opts: { width?: number; height?: number }, device: Device = "desktop", lower = ""): [number, number] {
  const def = (isTemplate(kind) ? templateSize(kind, device, lower) : undefined) ?? KIND_SIZE[kind as ImageKind] ?? DEFAULT_SIZE[family === "audio" ? "abstract" : family];
  const { ratio } = words;
  let w: number, h: number;
  if (opts.width !== undefined || opts.height !== undefined) {
    const fam = DEFAULT_SIZE[family === "audio" ? "abstract" : family];
    const r = ratio ?? fam[0] / fam[1];
    w = opts.width ?? Math.round((opts.height as number) * r);
    h = opts.height ?? Math.round((opts.width as number) / r);
  } else if (words.width !== undefined && words.height !== undefined) {
    w = words.width; h = words.height;
  } else if (ratio === undefined) {
    w = def[0]; h = def[1];
  } else {
    const long = Math.max(def[0], def[1]);
    w = ratio >= 1 ? long : Math.round(long * ratio);
    h = ratio >= 1 ? Math.round(long / ratio) : long;
  }
  return [clampInt(w, 64, 4096), clampInt(h, 64, 4096)];
}
