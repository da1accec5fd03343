// Short sounds: UI notifications (chime, beep, alert, error) and 8-bit game effects (jump, coin, laser,
// power-up, explosion), plus test tones and sweeps. Each lays its events out from t = 0 and lets the rest of
// the requested duration ring out or stay silent; repeating sounds (alerts, beeps) fill it.
import type { Plan } from "../parse";
import type { Rng } from "../random";
import { midiToHz } from "./music";
import { bell, noiseHit, reverb, tone, type Track, type Wave } from "./synth";

export function chime(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const sad = plan.mood === "sad" || /\b(error|fail|down)\b/.test(plan.lower);
  const root = 72 + rng.int(0, 7);
  // Doorbell: the classic falling third. Otherwise two or three notes of a major (or minor) arpeggio.
  const intervals = /\bdoorbell|ding[- ]dong\b/.test(plan.lower) ? [4, 0]
    : sad ? [7, 3, 0] : /\b(success|complete|done|win)\b/.test(plan.lower) ? [0, 4, 7, 12] : rng.pick([[0, 7], [0, 4, 7], [4, 12], [0, 12]]);
  const gap = Math.min(0.16, seconds / (intervals.length + 2));
  intervals.forEach((iv, i) => bell(t, 0.01 + i * gap, midiToHz(root + iv), 0.5, Math.min(2.5, seconds)));
  reverb(t, 0.22, 0.78);
}

export function beep(t: Track, plan: Plan, seconds: number): void {
  const f = plan.frequencies[0] ?? 1000;
  const count = Math.min(20, plan.counts.beep ?? (/\bbeeps\b/.test(plan.lower) ? 3 : 1));
  const len = Math.min(0.2, seconds / (count * 2));
  const w: Wave = /\bsquare\b/.test(plan.lower) ? "square" : "sine";
  for (let i = 0; i < count; i++) tone(t, i * len * 2, len, f, { wave: w, gain: 0.5, attack: 0.006, release: 0.012 });
}

export function alert(t: Track, plan: Plan, seconds: number): void {
  const siren = /\b(siren|emergency)\b/.test(plan.lower);
  if (siren) {
    // Rising and falling wail, one cycle per second.
    for (let s = 0; s < seconds; s += 1) {
      tone(t, s, 0.5, 600, { to: 1200, wave: "triangle", gain: 0.4, attack: 0.01, release: 0.005 });
      tone(t, s + 0.5, 0.5, 1200, { to: 600, wave: "triangle", gain: 0.4, attack: 0.005, release: 0.01 });
    }
    return;
  }
  // Two-tone urgent pattern, repeated with a short pause.
  const hi = plan.frequencies[0] ?? 988, lo = hi * 0.75;
  for (let s = 0; s < seconds - 0.1; s += 0.8) {
    tone(t, s, 0.14, hi, { wave: "square", gain: 0.3, attack: 0.004, release: 0.015 });
    tone(t, s + 0.18, 0.14, lo, { wave: "square", gain: 0.3, attack: 0.004, release: 0.015 });
  }
}

export function error(t: Track): void {
  // Two low, detuned buzzes, the second lower: universally read as "no".
  for (const [at, f] of [[0, 196], [0.2, 147]] as const) {
    tone(t, at, 0.16, f, { wave: "saw", gain: 0.35, attack: 0.005, release: 0.03 });
    tone(t, at, 0.16, f * 1.01, { wave: "square", gain: 0.25, attack: 0.005, release: 0.03 });
  }
}

export function jump(t: Track, rng: Rng): void {
  const f0 = rng.range(180, 260);
  tone(t, 0, 0.22, f0, { to: f0 * rng.range(3, 4.5), wave: "square", gain: 0.45, attack: 0.002, decay: 0.2, release: 0.03 });
}

export function coin(t: Track, rng: Rng): void {
  const base = rng.pick([83, 84, 86]); // B5..D6
  tone(t, 0, 0.07, midiToHz(base), { wave: "square", gain: 0.4, attack: 0.002, release: 0.005 });
  tone(t, 0.07, 0.45, midiToHz(base + 5), { wave: "square", gain: 0.4, attack: 0.002, decay: 0.18, release: 0.05 });
}

export function laser(t: Track, rng: Rng): void {
  const f0 = rng.range(1200, 2000);
  tone(t, 0, 0.25, f0, { to: rng.range(120, 250), wave: "saw", gain: 0.45, attack: 0.002, decay: 0.15, release: 0.03, vibrato: 0.05 });
}

export function powerUp(t: Track, rng: Rng): void {
  const root = 60 + rng.int(0, 5);
  const steps = [0, 4, 7, 12, 16, 19, 24];
  steps.forEach((s, i) => tone(t, i * 0.07, 0.07, midiToHz(root + s), { to: midiToHz(root + s + 2), wave: "square", gain: 0.35, attack: 0.002, release: 0.01 }));
  tone(t, steps.length * 0.07, 0.3, midiToHz(root + 24), { wave: "square", gain: 0.35, attack: 0.002, decay: 0.15, release: 0.05, vibrato: 0.02 });
}

export function explosion(t: Track, rng: Rng, seconds: number): void {
  noiseHit(t, rng, 0, Math.min(0.9, seconds * 0.3), 1, { color: "brown", lowpass: 900, length: seconds });
  noiseHit(t, rng, 0, 0.08, 0.5, { lowpass: 4000 });
  tone(t, 0, 0.5, 60, { to: 30, gain: 0.6, attack: 0.002, decay: 0.25 });
}

export function sweep(t: Track, plan: Plan, seconds: number): void {
  const [f0, f1] = plan.frequencies.length >= 2 ? [plan.frequencies[0]!, plan.frequencies[1]!]
    : /\b(down|falling|descending)\b/.test(plan.lower) ? [2000, 200] : [200, 2000];
  const nyq = t.sr / 2.1;
  tone(t, 0, seconds, Math.min(nyq, Math.max(20, f0)), { to: Math.min(nyq, Math.max(20, f1)), gain: 0.5, attack: 0.01, release: 0.01 });
}

export function steadyTone(t: Track, plan: Plan, seconds: number): void {
  const freqs = plan.frequencies.length ? plan.frequencies.slice(0, 6) : [440];
  const w: Wave = /\bsquare\b/.test(plan.lower) ? "square" : /\bsaw(tooth)?\b/.test(plan.lower) ? "saw" : /\btriangle\b/.test(plan.lower) ? "triangle" : "sine";
  for (const f of freqs) tone(t, 0, seconds, Math.min(t.sr / 2.1, Math.max(20, f)), { wave: w, gain: 0.5 / freqs.length, attack: 0.01, release: 0.01 });
}
