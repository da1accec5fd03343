// Drum loop: kick (falling sine), snare (noise burst + body tone), hats (high-passed noise), on a 16-step
// grid at the requested tempo. The style words pick the base pattern; the seed adds ghost notes and fills.
import type { Plan } from "../parse";
import type { Rng } from "../random";
import { noiseHit, tone, type Track } from "./synth";

interface Pattern { kick: number[]; snare: number[]; hat: number[]; openHat: number[]; tempo: number }

function patternFor(lower: string): Pattern {
  if (/\b(house|techno|dance|edm|disco|four on the floor)\b/.test(lower))
    return { kick: [0, 4, 8, 12], snare: [4, 12], hat: [2, 6, 10, 14], openHat: [], tempo: 124 };
  if (/\b(hip ?hop|boom ?bap|lo-?fi|trap)\b/.test(lower))
    return { kick: [0, 7, 10], snare: [4, 12], hat: [0, 2, 4, 6, 8, 10, 12, 14], openHat: [], tempo: 90 };
  if (/\b(breakbeat|funk|funky)\b/.test(lower))
    return { kick: [0, 10], snare: [4, 7, 12, 15], hat: [0, 2, 4, 6, 8, 10, 12, 14], openHat: [14], tempo: 105 };
  return { kick: [0, 8], snare: [4, 12], hat: [0, 2, 4, 6, 8, 10, 12, 14], openHat: [], tempo: 110 };
}

export function kick(t: Track, at: number, gain = 0.9): void {
  tone(t, at, 0.35, 150, { to: 42, gain, attack: 0.001, decay: 0.16, release: 0.05 });
  tone(t, at, 0.01, 1200, { gain: gain * 0.15, attack: 0.0005, decay: 0.004 }); // click of the beater
}

export function snare(t: Track, rng: Rng, at: number, gain = 0.6): void {
  noiseHit(t, rng, at, 0.07, gain, { highpass: 1200, lowpass: 9000 });
  tone(t, at, 0.1, 190, { to: 160, gain: gain * 0.5, attack: 0.001, decay: 0.05 });
}

export function hat(t: Track, rng: Rng, at: number, gain = 0.25, open = false): void {
  noiseHit(t, rng, at, open ? 0.12 : 0.025, gain, { highpass: 7000 });
}

export function drumLoop(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const p = patternFor(plan.lower);
  // A loop is a whole number of bars: bend the tempo slightly so the last bar ends on the last sample.
  const wanted = Math.min(220, Math.max(50, plan.tempo ?? p.tempo));
  const tempo = (Math.max(1, Math.round((seconds * wanted) / 240)) * 240) / seconds;
  const step = 60 / tempo / 4;
  // Seeded variations: an extra kick, a ghost snare, a fill on the last bar of every four.
  const extraKick = rng.chance(0.6) ? rng.pick([3, 6, 11, 14]) : -1;
  const ghost = rng.chance(0.5) ? rng.pick([7, 9, 15]) : -1;
  const swing = /\b(swing|shuffle|lo-?fi|hip ?hop)\b/.test(plan.lower) ? step * 0.18 : 0;
  for (let s = 0, bar = 0; s * step < seconds; s++) {
    const i = s % 16;
    if (i === 0 && s > 0) bar++;
    const at = s * step + (i % 2 === 1 ? swing : 0);
    const fillBar = bar % 4 === 3 && i >= 12;
    if (p.kick.includes(i) || i === extraKick) kick(t, at, i === 0 ? 0.95 : 0.8);
    if (fillBar) { if (i % 1 === 0) snare(t, rng, at, 0.3 + (i - 12) * 0.1); }
    else if (p.snare.includes(i)) snare(t, rng, at, 0.65);
    else if (i === ghost) snare(t, rng, at, 0.15);
    if (p.openHat.includes(i)) hat(t, rng, at, 0.22, true);
    else if (p.hat.includes(i) || (tempo < 100 && i % 2 === 1 && rng.chance(0.3))) hat(t, rng, at, i % 4 === 0 ? 0.26 : 0.16);
  }
}
