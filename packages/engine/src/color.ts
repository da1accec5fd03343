// Minimal colour maths in sRGB/HSL. Palettes only need hue rotation and lightness ramps, which HSL does
// well enough; culori contributes just its CSS named-colour table.
import { colorsNamed } from "culori/fn";

export interface Hsl { h: number; s: number; l: number }

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

export function hexToRgb(hex: string): [number, number, number] {
  let h = hex.replace("#", "");
  if (h.length === 3) h = h.replace(/./g, (c) => c + c);
  const n = parseInt(h.slice(0, 6), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbToHex(r: number, g: number, b: number): string {
  const c = (v: number) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0");
  return `#${c(r)}${c(g)}${c(b)}`;
}

export function hexToHsl(hex: string): Hsl {
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  return { h, s, l };
}

export function hsl(h: number, s: number, l: number): string {
  h = ((h % 360) + 360) % 360;
  s = clamp01(s);
  l = clamp01(l);
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return rgbToHex(f(0) * 255, f(8) * 255, f(4) * 255);
}

/** Relative luminance (WCAG), used to pick readable text on a fill. */
export function luminance(hex: string): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function readableOn(fill: string): string {
  return luminance(fill) > 0.45 ? "#111827" : "#ffffff";
}

/** Blend two hex colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a), cb = hexToRgb(b);
  return rgbToHex(ca[0] + (cb[0] - ca[0]) * t, ca[1] + (cb[1] - ca[1]) * t, ca[2] + (cb[2] - ca[2]) * t);
}

export function shiftLightness(hex: string, dl: number): string {
  const c = hexToHsl(hex);
  return hsl(c.h, c.s, c.l + dl);
}

const NAMED = colorsNamed as Record<string, number>;

// The CSS keywords for basic colours are pure RGB primaries (blue is #0000ff) that look harsh; someone who
// writes "blue" means a pleasant blue. Hex codes and the rarer keywords stay exact.
const FRIENDLY: Record<string, number> = {
  blue: 0x2563eb, red: 0xdc2626, green: 0x16a34a, yellow: 0xfacc15, purple: 0x9333ea, orange: 0xf97316,
  pink: 0xec4899, magenta: 0xd946ef, cyan: 0x06b6d4, lime: 0x84cc16, cream: 0xfdf6e3, mint: 0x98e2c6, lavender: 0xc4b5fd,
};

/** A colour word (e.g. "teal", "skyblue", "cream") as #rrggbb, or undefined. */
export function namedColor(word: string): string | undefined {
  const n = FRIENDLY[word.toLowerCase()] ?? NAMED[word.toLowerCase()];
  return n === undefined ? undefined : "#" + n.toString(16).padStart(6, "0");
}
