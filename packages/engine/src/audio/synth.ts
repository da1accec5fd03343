// Synthesis primitives: oscillators from a shared wavetable, envelopes, seeded noise, simple filters, a small
// reverb, and the final mastering step (peak normalisation and click-free fades).
import type { Rng } from "../random";

export interface Track { data: Float32Array; sr: number }

export function track(seconds: number, sr: number): Track {
  return { data: new Float32Array(Math.max(1, Math.round(seconds * sr))), sr };
}

// One table per waveform: a lookup is faster than Math.sin/Math.tanh per sample and bit-identical across runtimes
// once built (linear interpolation between entries is plain arithmetic).
const TABLE_BITS = 12, TABLE = 1 << TABLE_BITS;
function table(at: (p: number) => number): Float32Array {
  const t = new Float32Array(TABLE + 1);
  for (let i = 0; i <= TABLE; i++) t[i] = at(i / TABLE);
  return t;
}
const SINE = table((p) => Math.sin(p * Math.PI * 2));

/** Sine of a phase given in cycles (any real number). */
export function sinCycles(phase: number): number {
  return lookup(SINE, phase - Math.floor(phase));
}

/** A table's value at a phase in 0..1. */
function lookup(t: Float32Array, p: number): number {
  const x = p * TABLE, i = x | 0;
  return t[i]! + (t[i + 1]! - t[i]!) * (x - i);
}

export type Wave = "sine" | "square" | "saw" | "triangle" | "pulse25";

// Square/saw are softened a little so they do not alias harshly; the tables are built on first use of each wave.
const SHAPES: Record<Wave, (p: number) => number> = {
  sine: (p) => Math.sin(p * Math.PI * 2),
  square: (p) => Math.tanh(Math.sin(p * Math.PI * 2) * 6) * 0.8,
  pulse25: (p) => (p < 0.25 ? 0.7 : -0.3),
  saw: (p) => (2 * p - 1) * 0.7,
  triangle: (p) => 1 - 4 * Math.abs(p - 0.5),
};
const TABLES: Partial<Record<Wave, Float32Array>> = { sine: SINE };
const waveTable = (w: Wave): Float32Array => (TABLES[w] ??= table(SHAPES[w]));

/** Waveform value at a phase in cycles (any real number). */
export function wave(type: Wave, phase: number): number {
  return lookup(waveTable(type), phase - Math.floor(phase));
}

export interface ToneOpts {
  wave?: Wave;
  gain?: number;
  attack?: number;
  /** Exponential decay time constant (s); Infinity for a sustained note. */
  decay?: number;
  release?: number;
  /** Frequency at the end of the note for slides (Hz); exponential glide. */
  to?: number;
  vibrato?: number;
}

/** Below this a note's envelope is under half a 16-bit step even after normalisation: rendering it is wasted work. */
const INAUDIBLE = 1e-5;

/**
 * Add one note to the track. Frequency glides exponentially from `freq` to `opts.to`. Envelope and glide are
 * advanced by per-sample multiplication (one Math.exp/pow per note, not per sample), the phase is kept in 0..1
 * by subtraction, and a decaying note stops once it is inaudible: 30 s of music stays fast.
 */
export function tone(t: Track, start: number, dur: number, freq: number, o: ToneOpts = {}): void {
  const { sr, data } = t;
  const gain = o.gain ?? 0.5, decay = o.decay ?? Infinity;
  const s0 = Math.max(0, Math.round(start * sr));
  const attackN = Math.max(1, Math.round(Math.max(0.002, o.attack ?? 0.005) * sr));
  const durN = Math.max(1, Math.round(dur * sr)), relN = Math.max(1, Math.round(Math.max(0.005, o.release ?? 0.02) * sr));
  const decayMul = decay === Infinity ? 1 : Math.exp(-1 / (decay * sr));
  let n = Math.min(data.length - s0, durN + relN);
  if (decayMul < 1 && gain > INAUDIBLE) n = Math.min(n, attackN + Math.ceil(Math.log(INAUDIBLE / gain) / Math.log(decayMul)));
  const glideMul = o.to === undefined || o.to === freq ? 1 : Math.pow(o.to / freq, 1 / durN);
  note(data, s0, n, waveTable(o.wave ?? "sine"), freq / sr, glideMul, o.vibrato ?? 0, 5.5 / sr, gain, attackN, decayMul, durN, relN);
}

// The per-sample loop of tone(), apart and with only numbers for arguments: every note of every sound goes through
// this one function, so it stays optimised whatever options objects its callers build.
function note(data: Float32Array, s0: number, n: number, shape: Float32Array, f: number, glideMul: number, vib: number, vibStep: number,
  gain: number, attackN: number, decayMul: number, durN: number, relN: number): void {
  if (shape === SINE && glideMul === 1 && vib === 0 && decayMul < 1 && n > attackN + 2) {
    dampedSine(data, s0, n, f, gain, attackN, decayMul, durN, relN);
    return;
  }
  let phase = 0, env = gain;
  for (let j = 0; j < n; j++) {
    if (j < durN) f *= glideMul;
    phase += vib === 0 ? f : f * (1 + vib * sinCycles(j * vibStep));
    if (phase >= 1) phase -= Math.floor(phase);
    let e: number;
    if (j < attackN) e = (j / attackN) * gain;
    else { env *= decayMul; e = env; }
    if (j > durN) e *= 1 - (j - durN) / relN;
    data[s0 + j]! += lookup(shape, phase) * e;
  }
}

/**
 * note() for the commonest voice (bells, plucks, pads: a decaying sine at a fixed pitch), as fast as a note can be:
 * after the attack, e(j)·sin(2π f (j+1)) with e shrinking by decayMul each sample is a damped sinusoid, and a damped
 * sinusoid obeys y(j) = 2·r·cos(ω)·y(j-1) - r²·y(j-2): two multiplications per sample, no table, no envelope.
 * The attack and the release ramp are what note() would compute; in double precision the recurrence stays within
 * a millionth of full scale of the direct formula over the longest note (test/synth.test.ts).
 */
function dampedSine(data: Float32Array, s0: number, n: number, f: number, gain: number, attackN: number, decayMul: number, durN: number, relN: number): void {
  let phase = 0;
  for (let j = 0; j < attackN; j++) {
    phase += f;
    if (phase >= 1) phase -= Math.floor(phase);
    let e = (j / attackN) * gain;
    if (j > durN) e *= 1 - (j - durN) / relN;
    data[s0 + j]! += lookup(SINE, phase) * e;
  }
  const w = 2 * Math.PI * f, c = 2 * decayMul * Math.cos(w), r2 = decayMul * decayMul;
  // The first two samples after the attack, exactly; the recurrence carries on from them.
  let y2 = gain * decayMul * Math.sin(w * (attackN + 1));
  let y1 = gain * decayMul * decayMul * Math.sin(w * (attackN + 2));
  data[s0 + attackN]! += y2 * release(attackN, durN, relN);
  data[s0 + attackN + 1]! += y1 * release(attackN + 1, durN, relN);
  const held = Math.min(n, durN + 1);
  let j = attackN + 2;
  for (; j < held; j++) {
    const y = c * y1 - r2 * y2;
    y2 = y1; y1 = y;
    data[s0 + j]! += y;
  }
  for (; j < n; j++) {
    const y = c * y1 - r2 * y2;
    y2 = y1; y1 = y;
    data[s0 + j]! += y * (1 - (j - durN) / relN);
  }
}
const release = (j: number, durN: number, relN: number) => (j > durN ? 1 - (j - durN) / relN : 1);

/** Bell/mallet: inharmonic partials, higher ones dying faster. */
export function bell(t: Track, start: number, freq: number, gain = 0.4, length = 2): void {
  const partials: [number, number, number][] = [[1, 1, 1], [2.0, 0.5, 0.6], [2.76, 0.35, 0.45], [5.4, 0.18, 0.25], [8.93, 0.08, 0.15]];
  for (const [ratio, amp, life] of partials) {
    if (freq * ratio > t.sr / 2.2) continue;
    tone(t, start, length, freq * ratio, { gain: gain * amp, attack: 0.002, decay: length * life * 0.45, release: 0.05 });
  }
}

/** Plucked/piano-like voice: a few harmonics with quick decay, brighter at the start. */
export function pluck(t: Track, start: number, dur: number, freq: number, gain = 0.3, bright = 1): void {
  const harmonics: [number, number][] = [[1, 1], [2, 0.45 * bright], [3, 0.22 * bright], [4, 0.1 * bright]];
  for (const [h, a] of harmonics) {
    if (freq * h > t.sr / 2.2) continue;
    tone(t, start, dur, freq * h, { gain: gain * a, attack: 0.004, decay: Math.max(0.08, dur * 0.9) / h, release: 0.06 });
  }
}

export type NoiseColor = "white" | "pink" | "brown";

/** Seeded noise source; each call returns the next sample in -1..1 (roughly). */
export function noiseSource(rng: Rng, color: NoiseColor): () => number {
  let b0 = 0, b1 = 0, b2 = 0, brown = 0;
  return () => {
    const white = rng.next() * 2 - 1;
    if (color === "white") return white;
    if (color === "brown") { brown = (brown + 0.02 * white) / 1.02; return brown * 3.5; }
    // Paul Kellet's economy pink filter.
    b0 = 0.99765 * b0 + white * 0.099046;
    b1 = 0.963 * b1 + white * 0.2965164;
    b2 = 0.57 * b2 + white * 1.0526913;
    return (b0 + b1 + b2 + white * 0.1848) * 0.25;
  };
}

/** One-pole low-pass coefficient for a cutoff in Hz. */
export function lpCoef(cutoff: number, sr: number): number {
  return 1 - Math.exp((-2 * Math.PI * cutoff) / sr);
}

/** Noise burst with exponential decay, optional low-/high-pass: drums, droplets, explosions. */
export function noiseHit(t: Track, rng: Rng, start: number, decay: number, gain: number, opts: { lowpass?: number; highpass?: number; color?: NoiseColor; length?: number } = {}): void {
  const { sr, data } = t;
  const s0 = Math.max(0, Math.round(start * sr));
  const decayMul = Math.exp(-1 / (decay * sr));
  let n = Math.min(data.length - s0, Math.round((opts.length ?? decay * 6) * sr));
  if (gain > INAUDIBLE) n = Math.min(n, Math.ceil(Math.log(INAUDIBLE / gain) / Math.log(decayMul)));
  if (n <= 0) return;
  const lp = opts.lowpass ? lpCoef(opts.lowpass, sr) : 1;
  const hp = opts.highpass ? lpCoef(opts.highpass, sr) : 0;
  burst(data, s0, n, noiseSource(rng, opts.color ?? "white"), lp, hp, gain, decayMul, Math.max(1, 0.001 * sr));
}

// noiseHit's per-sample loop, apart for the same reason as note(): one small loop V8 keeps optimised.
function burst(data: Float32Array, s0: number, n: number, src: () => number, lp: number, hp: number, gain: number, decayMul: number, attackN: number): void {
  let low = 0, hpLow = 0, env = gain;
  for (let i = 0; i < n; i++) {
    low += lp * (src() - low);
    let x = low;
    if (hp !== 0) { hpLow += hp * (x - hpLow); x -= hpLow; }
    data[s0 + i]! += x * (i < attackN ? env * (i / attackN) : env);
    env *= decayMul;
  }
}

/** Schroeder reverb (4 combs, 2 all-passes), mixed in place. Cheap, and enough to give bells some air. */
export function reverb(t: Track, mix = 0.25, room = 0.8): void {
  const { data, sr } = t;
  const scale = sr / 44100;
  const out = new Float32Array(data.length);
  combs(data, out, ...([1557, 1617, 1491, 1422].map((d) => Math.round(d * scale)) as [number, number, number, number]), room);
  allpasses(out, Math.round(225 * scale), Math.round(556 * scale));
  blend(data, out, mix);
}

function blend(data: Float32Array, wet: Float32Array, mix: number): void {
  for (let i = 0; i < data.length; i++) data[i] = data[i]! * (1 - mix) + wet[i]! * mix;
}

// Each filter is a function of its own with one loop: V8 optimises a small loop once, where one long function with
// several loops was deoptimised on every call. The four parallel combs run in one pass: each input sample is read
// once and each output sample written once.
function combs(data: Float32Array, out: Float32Array, d1: number, d2: number, d3: number, d4: number, room: number): void {
  const b1 = new Float32Array(d1), b2 = new Float32Array(d2), b3 = new Float32Array(d3), b4 = new Float32Array(d4);
  let i1 = 0, i2 = 0, i3 = 0, i4 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    const y1 = b1[i1]!, y2 = b2[i2]!, y3 = b3[i3]!, y4 = b4[i4]!;
    // Damping: a one-pole low-pass in each feedback path.
    l1 = y1 * 0.6 + l1 * 0.4; l2 = y2 * 0.6 + l2 * 0.4; l3 = y3 * 0.6 + l3 * 0.4; l4 = y4 * 0.6 + l4 * 0.4;
    b1[i1] = x + l1 * room; b2[i2] = x + l2 * room; b3[i3] = x + l3 * room; b4[i4] = x + l4 * room;
    out[i] = (y1 + y2 + y3 + y4) * 0.25;
    if (++i1 >= d1) i1 = 0;
    if (++i2 >= d2) i2 = 0;
    if (++i3 >= d3) i3 = 0;
    if (++i4 >= d4) i4 = 0;
  }
}

// Two all-passes in series, sample by sample in one pass (the same as one whole pass after the other).
function allpasses(out: Float32Array, d1: number, d2: number): void {
  const b1 = new Float32Array(d1), b2 = new Float32Array(d2);
  let i1 = 0, i2 = 0;
  for (let i = 0; i < out.length; i++) {
    const o1 = b1[i1]!, x = out[i]!;
    b1[i1] = x + o1 * 0.5;
    const y = Math.fround(o1 - x); // the first pass stored its output in the Float32Array: keep that rounding
    const o2 = b2[i2]!;
    b2[i2] = y + o2 * 0.5;
    out[i] = o2 - y;
    if (++i1 >= d1) i1 = 0;
    if (++i2 >= d2) i2 = 0;
  }
}

/** Final step: block DC, normalise the peak to about -1.5 dBFS, and fade both ends so nothing clicks. */
export function master(t: Track, fadeIn = 0.005, fadeOut = 0.03, peakLevel = 0.84): Float32Array {
  const { data, sr } = t;
  const peak = blockDc(data, 1 - (2 * Math.PI * 20) / sr);
  // 0.84 = -1.5 dBFS: below the -1 dBFS ceiling with room for rounding to 16 bits.
  const g = peak > 0 ? Math.min(0.89, peakLevel) / peak : 0;
  const fi = Math.max(1, Math.round(fadeIn * sr)), fo = Math.max(1, Math.min(data.length >> 1, Math.round(fadeOut * sr)));
  scaleWithFades(data, g, fi, fo);
  return data;
}

/** DC blocker (one-pole high-pass near 20 Hz) rather than subtracting the mean, so silence stays exactly 0; returns the peak. */
function blockDc(data: Float32Array, r: number): number {
  let px = 0, py = 0, peak = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    py = x - px + r * py;
    px = x;
    data[i] = py;
    const a = py < 0 ? -py : py;
    if (a > peak) peak = a;
  }
  return peak;
}

function scaleWithFades(data: Float32Array, g: number, fi: number, fo: number): void {
  const last = data.length - 1;
  for (let i = 0; i < data.length; i++) {
    let e = g;
    if (i < fi) e *= i / fi;
    if (last - i < fo) e *= (last - i) / fo;
    data[i] = data[i]! * e;
  }
}
