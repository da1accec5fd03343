// Ambient textures from filtered noise with slow, seeded modulation: rain (hiss plus droplets, thunder for
// storms), wind (a resonant band that wanders, with gusts), ocean (brown-noise swells that break and recede).
import type { Plan } from "../parse";
import type { Rng } from "../random";
import { lpCoef, noiseHit, noiseSource, sinCycles, type Track } from "./synth";

/** Smooth random curve in 0..1: interpolated random points every `period` seconds. */
function drift(rng: Rng, seconds: number, period: number): (t: number) => number {
  const pts = Array.from({ length: Math.ceil(seconds / period) + 2 }, () => rng.next());
  return (t) => {
    const x = t / period, i = Math.floor(x), f = x - i;
    const s = f * f * (3 - 2 * f);
    return pts[i]! + (pts[i + 1]! - pts[i]!) * s;
  };
}

export function rain(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const { data, sr } = t;
  const heavy = /\b(heavy|storm|thunder|downpour|pouring)\b/.test(plan.lower);
  const src = noiseSource(rng, "pink");
  const level = drift(rng, seconds, 2.5);
  const hp = lpCoef(400, sr), lp = lpCoef(heavy ? 7000 : 5000, sr);
  let a = 0, b = 0, g = 0;
  for (let i = 0; i < data.length; i++) {
    if (i % BLOCK === 0) g = (0.35 + 0.15 * level(i / sr)) * (heavy ? 1.3 : 1); // the swell, at the control rate
    const x = src();
    a += hp * (x - a);
    b += lp * (x - a - b);
    data[i]! += b * g;
  }
  // Droplets: tiny filtered clicks on surfaces, a few dozen per second.
  const drops = Math.round(seconds * (heavy ? 60 : 28));
  for (let k = 0; k < drops; k++) noiseHit(t, rng, rng.range(0, seconds), rng.range(0.003, 0.012), rng.range(0.1, 0.45), { highpass: rng.range(1500, 4000), length: 0.05 });
  if (heavy || /\bthunder\b/.test(plan.lower)) noiseHit(t, rng, rng.range(0.1, 0.5) * seconds, 1.2, 1.2, { color: "brown", lowpass: 300, length: Math.min(4, seconds * 0.6) });
}

// Slow modulation (wind's wandering band, the ocean's swell) is computed at a control rate, once every BLOCK
// samples (1.5 ms at 22.05 kHz), instead of Math.sin/Math.exp per sample: far below what the ear resolves in a
// sweep lasting seconds, and it keeps long ambiences cheap.
const BLOCK = 32;

export function wind(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const { data, sr } = t;
  const strong = /\b(howl(ing)?|storm|strong|gust(y|s)?|blizzard)\b/.test(plan.lower);
  const colour = /\bwhite noise\b/.test(plan.lower) ? "white" : /\bbrown noise\b/.test(plan.lower) ? "brown" : "pink";
  const src = noiseSource(rng, colour);
  const centre = drift(rng, seconds, strong ? 1.5 : 3);
  const gust = drift(rng, seconds, strong ? 1.2 : 2.5);
  // State-variable band-pass with a moving centre: the "whistle" of wind.
  let low = 0, band = 0, f = 0, g = 0;
  const q = strong ? 0.18 : 0.3;
  for (let i = 0; i < data.length; i++) {
    if (i % BLOCK === 0) {
      const ts = i / sr;
      const fc = 250 + centre(ts) * (strong ? 1100 : 600);
      f = 2 * Math.sin(Math.PI * Math.min(0.2, fc / sr));
      g = 0.25 + gust(ts) * (strong ? 1 : 0.6);
    }
    low += f * band;
    const high = src() - low - q * band;
    band += f * high;
    data[i]! += (band * 0.8 + low * 0.2) * g;
  }
}

export function ocean(t: Track, rng: Rng, seconds: number): void {
  const { data, sr } = t;
  const src = noiseSource(rng, "brown"), hiss = noiseSource(rng, "white");
  const period = rng.range(6, 9);
  const phase = rng.range(0, 1);
  let lpState = 0, swell = 0, coef = 0;
  for (let i = 0; i < data.length; i++) {
    const ts = i / sr;
    if (i % BLOCK === 0) {
      // Swell: slow rise, quick break, long recession.
      const p = ((ts / period + phase) % 1 + 1) % 1;
      swell = p < 0.55 ? Math.pow(p / 0.55, 2) : Math.exp(-(p - 0.55) * 6);
      coef = lpCoef(300 + swell * 2200, sr);
    }
    lpState += coef * (hiss() - lpState);
    data[i]! += src() * (0.35 + 0.4 * swell) + lpState * swell * 0.9 + 0.02 * sinCycles(ts * 0.1);
  }
}
