// More sound kinds: applause, whoosh, click, level-up, alarm clock, heartbeat, birds, footsteps and typing.
// Each is built from the same primitives (tones, filtered noise bursts) and fills the requested duration
// when it is a texture (applause, birds, footsteps, typing, heartbeat, alarm) or stretches to it when it is
// one gesture (whoosh).
import type { Plan } from "../parse";
import type { Rng } from "../random";
import { midiToHz } from "./music";
import { bell, lpCoef, noiseHit, noiseSource, sinCycles, tone, track, type Track } from "./synth";

export function applause(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // Many people clapping. Each clap is a few ms of band-passed noise: rather than filtering noise per clap
  // (slow for a crowd over 30 s), two noise beds (a low and a bright clap timbre) are filtered once and
  // gated by a sparse envelope of clap onsets, one per person per beat with a little spread.
  const { data, sr } = t;
  const crowd = /\b(crowd|stadium|audience|ovation|big|huge|roaring)\b/.test(plan.lower) ? 2 : 1;
  const people = 8 * crowd + rng.int(0, 6);
  const env = [new Float32Array(data.length), new Float32Array(data.length)];
  for (let p = 0; p < people; p++) {
    const rate = rng.range(3.2, 5.5), gain = rng.range(0.25, 0.6), bed = env[p % 2]!;
    const decay = rng.range(0.006, 0.014) * sr, len = Math.round(decay * 5);
    for (let at = rng.range(0, Math.min(0.8, seconds * 0.2)); at < seconds; at += (1 / rate) * rng.range(0.85, 1.15)) {
      const s0 = Math.round(at * sr), k = Math.exp(-1 / decay);
      let e = gain;
      for (let i = 0; i < len && s0 + i < data.length; i++, e *= k) bed[s0 + i]! += e;
    }
  }
  for (const [bed, lo, hi] of [[env[0]!, 700, 2600], [env[1]!, 1200, 4200]] as const) {
    const src = noiseSource(rng, "white");
    const a = lpCoef(hi, sr), b = lpCoef(lo, sr);
    let l1 = 0, l2 = 0;
    for (let i = 0; i < data.length; i++) {
      const x = src();
      l1 += a * (x - l1);
      l2 += b * (l1 - l2);
      data[i]! += (l1 - l2) * bed[i]! * 2.2;
    }
  }
  if (/\bcheer(s|ing)?|whistl/.test(plan.lower)) for (let k = 0; k < Math.ceil(seconds / 2); k++) {
    const at = rng.range(0.3, Math.max(0.4, seconds - 0.6)), f = rng.range(1800, 2600);
    tone(t, at, 0.45, f, { to: f * 1.3, wave: "sine", gain: 0.12, attack: 0.04, release: 0.1, vibrato: 0.01 });
  }
}

export function whoosh(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // Band-passed noise whose centre sweeps up then down while the level swells: air moving past.
  const { data, sr } = t;
  const len = /\b(long|slow)\b/.test(plan.lower) ? seconds : Math.min(seconds, Math.max(0.6, seconds * 0.9));
  const n = Math.min(data.length, Math.round(len * sr));
  const src = noiseSource(rng, "pink");
  const peakAt = rng.range(0.4, 0.6);
  let low = 0, band = 0;
  for (let i = 0; i < n; i++) {
    const p = i / n;
    // Rise as a square, fall as a power of 1.5 (y * sqrt(y): Math.pow per sample was most of this sound's time).
    const q = p < peakAt ? p / peakAt : (1 - p) / (1 - peakAt);
    const env = p < peakAt ? q * q : q * Math.sqrt(q);
    const fc = 300 + 2400 * env;
    const f = 2 * sinCycles(Math.min(0.2, fc / sr) / 2); // sin(pi x) from the shared table: no Math.sin per sample
    low += f * band;
    const high = src() - low - 0.35 * band;
    band += f * high;
    data[i]! += band * env * 1.4;
  }
}

export function click(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // A mouse or button click: press and release, two very short bright transients with a tiny body tone.
  const count = Math.min(20, plan.counts.beep ?? (/\bclicks\b|\bclicking\b/.test(plan.lower) ? 3 : 1));
  const gap = Math.min(0.35, seconds / (count + 1));
  for (let i = 0; i < count; i++) {
    const at = 0.01 + i * gap;
    noiseHit(t, rng, at, 0.0025, 0.9, { highpass: 2500, lowpass: 9000, length: 0.02 });
    tone(t, at, 0.012, 1900, { gain: 0.25, attack: 0.0005, decay: 0.004, release: 0.005 });
    noiseHit(t, rng, at + 0.07, 0.002, 0.45, { highpass: 3000, length: 0.015 });
  }
}

export function levelUp(t: Track, rng: Rng, seconds: number): void {
  // A bright rising arpeggio over two octaves, then a held major chord with a sparkle on top.
  const root = 60 + rng.int(0, 4);
  const steps = [0, 4, 7, 12, 16, 19, 24];
  const dt = Math.min(0.09, seconds / 14);
  steps.forEach((s, i) => tone(t, i * dt, dt * 1.6, midiToHz(root + s), { wave: "square", gain: 0.28, attack: 0.002, decay: 0.12, release: 0.03 }));
  const at = steps.length * dt;
  const hold = Math.max(0.3, seconds - at - 0.05);
  for (const s of [12, 16, 19, 24]) tone(t, at, hold * 0.9, midiToHz(root + s), { wave: "triangle", gain: 0.16, attack: 0.01, decay: hold * 0.6, release: 0.1 });
  for (let k = 0; k < 4; k++) bell(t, at + k * 0.08, midiToHz(root + 36 + [0, 4, 7, 12][k]!), 0.12, Math.min(1.2, hold));
}

export function alarmClock(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  if (/\b(bell|old|vintage|mechanical|ringing)\b/.test(plan.lower)) {
    // A mechanical bell alarm: a fast hammer on two bells. Each strike is rendered once and mixed in at every
    // hit (a 30 s alarm has 660 strikes; synthesising each one was far too slow).
    const strikes = [1480, 1568].map((f) => {
      const one = track(0.14, t.sr);
      bell(one, 0, f * rng.range(0.998, 1.002), 0.18, 0.14);
      return one.data;
    });
    let k = 0;
    for (let at = 0; at < seconds - 0.05; at += 0.045, k++) {
      const s0 = Math.round(at * t.sr), one = strikes[k % 2]!;
      for (let i = 0; i < one.length && s0 + i < t.data.length; i++) t.data[s0 + i]! += one[i]!;
    }
    return;
  }
  // Digital: four quick beeps, a pause, again, until the end.
  const f = plan.frequencies[0] ?? 2000;
  for (let at = 0; at < seconds - 0.1; at += 1) for (let k = 0; k < 4; k++) tone(t, at + k * 0.12, 0.07, f, { wave: "square", gain: 0.35, attack: 0.002, release: 0.01 });
}

export function heartbeat(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // Lub-dub: two low thumps a quarter of a beat apart, at the given or implied rate, filling the clip.
  const bpm = Math.min(200, Math.max(40, plan.tempo ?? (/\b(fast|racing|running|panic|scared|nervous)\b/.test(plan.lower) ? 120 : /\b(slow|resting|calm|sleep)\b/.test(plan.lower) ? 55 : 72)));
  const period = 60 / bpm;
  for (let at = 0.02; at < seconds - 0.1; at += period * rng.range(0.98, 1.02)) {
    tone(t, at, 0.12, 62, { to: 40, gain: 0.9, attack: 0.004, decay: 0.06, release: 0.04 });
    noiseHit(t, rng, at, 0.02, 0.15, { lowpass: 200, length: 0.1 });
    tone(t, at + period * 0.28, 0.1, 55, { to: 38, gain: 0.6, attack: 0.004, decay: 0.05, release: 0.04 });
  }
}

export function birds(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // A quiet air bed and several birds, each with its own song: short chirps gliding between pitches.
  const { data, sr } = t;
  const src = noiseSource(rng, "pink");
  const lp = lpCoef(1200, sr);
  let s = 0;
  for (let i = 0; i < data.length; i++) { s += lp * (src() - s); data[i]! += s * 0.05; }
  const voices = 2 + rng.int(0, 2) + (/\b(many|dawn chorus|forest|jungle)\b/.test(plan.lower) ? 2 : 0);
  for (let v = 0; v < voices; v++) {
    const base = rng.range(2200, 5200), notes = rng.int(2, 6), note = rng.range(0.04, 0.12), up = rng.chance(0.5) ? 1.4 : 0.7;
    for (let at = rng.range(0, 1.5); at < seconds - 0.4; at += rng.range(1.2, 3.5)) {
      for (let k = 0; k < notes; k++) {
        const f = base * rng.range(0.9, 1.1);
        tone(t, at + k * note * 1.4, note, f, { to: f * up, gain: rng.range(0.1, 0.22), attack: 0.006, release: 0.02, vibrato: 0.03 });
      }
    }
  }
}

export function footsteps(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const running = /\b(run(ning)?|jog(ging)?|sprint(ing)?|fast)\b/.test(plan.lower);
  const surface = /\bgravel\b/.test(plan.lower) ? "gravel" : /\bsnow\b/.test(plan.lower) ? "snow" : /\b(wood(en)?|floor ?boards?|stairs)\b/.test(plan.lower) ? "wood" : /\b(heels?|marble|tile|concrete|hallway)\b/.test(plan.lower) ? "hard" : "ground";
  const interval = running ? 0.32 : 0.55;
  let k = 0;
  for (let at = 0.05; at < seconds - 0.15; at += interval * rng.range(0.94, 1.06), k++) {
    const g = k % 2 ? 0.85 : 1;
    noiseHit(t, rng, at, 0.035, 0.8 * g, { lowpass: surface === "hard" ? 2500 : 500, length: 0.2 });
    if (surface === "gravel" || surface === "snow") noiseHit(t, rng, at + 0.01, surface === "snow" ? 0.06 : 0.04, 0.45 * g, { highpass: 1800, length: 0.25 });
    else noiseHit(t, rng, at + 0.06, 0.012, 0.25 * g, { highpass: 2500, length: 0.06 });
    if (surface === "wood") tone(t, at, 0.08, 180 * rng.range(0.95, 1.05), { gain: 0.25 * g, attack: 0.002, decay: 0.04 });
    if (surface === "hard") tone(t, at, 0.04, 900, { gain: 0.12 * g, attack: 0.001, decay: 0.015 });
  }
}

export function typing(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  // Keystrokes in bursts (words), a lower spacebar between them, pauses between sentences; a typewriter
  // adds its bell and carriage return at the end of each line.
  const typewriter = /\btypewriter\b/.test(plan.lower);
  let at = 0.05, chars = 0;
  while (at < seconds - 0.15) {
    const word = rng.int(2, 8);
    for (let k = 0; k < word && at < seconds - 0.15; k++) {
      noiseHit(t, rng, at, rng.range(0.003, 0.007), rng.range(0.5, 0.8), { highpass: typewriter ? 1200 : 2000, lowpass: 9000, length: 0.04 });
      tone(t, at, 0.02, typewriter ? 300 : rng.range(380, 520), { gain: 0.2, attack: 0.001, decay: 0.008 });
      at += rng.range(0.07, 0.16);
      chars++;
    }
    noiseHit(t, rng, at, 0.008, 0.6, { lowpass: 2500, length: 0.05 }); // space bar
    tone(t, at, 0.03, 220, { gain: 0.2, attack: 0.001, decay: 0.012 });
    at += rng.range(0.1, 0.2) + (rng.chance(0.15) ? rng.range(0.3, 0.7) : 0);
    if (typewriter && chars > 30 && at < seconds - 0.8) {
      bell(t, at, 2350, 0.25, 0.6);
      noiseHit(t, rng, at + 0.25, 0.15, 0.35, { lowpass: 1500, length: 0.4 });
      at += 0.7;
      chars = 0;
    }
  }
}
