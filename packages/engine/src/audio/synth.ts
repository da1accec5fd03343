// Synthesis primitives: oscillators from a shared wavetable, envelopes, seeded noise, simple filters, a small
// reverb, and the final mastering step (peak normalisation and click-free fades).
import type { Rng } from "../random";

export interface Track { data: Float32Array; sr: number }

export function track(seconds: number, sr: number): Track {
  return { data: new Float32Array(Math.max(1, Math.round(seconds * sr))), sr };
}

// One sine table for every oscillator: faster than Math.sin per sample and bit-identical across runtimes
// once built (linear interpolation between entries is plain arithmetic).
const TABLE_BITS = 12, TABLE = 1 << TABLE_BITS;
const SINE = new Float32Array(TABLE + 1);
for (let i = 0; i <= TABLE; i++) SINE[i] = Math.sin((i / TABLE) * Math.PI * 2);

/** Sine of a phase given in cycles (any real number). */
export function sinCycles(phase: number): number {
  const p = (phase - Math.floor(phase)) * TABLE;
  const i = p | 0;
  const f = p - i;
  return SINE[i]! + (SINE[i + 1]! - SINE[i]!) * f;
}

export type Wave = "sine" | "square" | "saw" | "triangle" | "pulse25";

/** Waveform value at a phase in cycles. Square/saw are softened a little so they do not alias harshly. */
export function wave(type: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (type) {
    case "sine": return sinCycles(p);
    case "square": return Math.tanh(sinCycles(p) * 6) * 0.8;
    case "pulse25": return p < 0.25 ? 0.7 : -0.3;
    case "saw": return (2 * p - 1) * 0.7;
    case "triangle": return 1 - 4 * Math.abs(p - 0.5);
  }
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

/**
 * Add one note to the track. Frequency glides exponentially from `freq` to `opts.to`. Envelope and glide are
 * advanced by per-sample multiplication (one Math.exp/pow per note, not per sample): 30 s of music stays fast.
 */
export function tone(t: Track, start: number, dur: number, freq: number, o: ToneOpts = {}): void {
  const { sr, data } = t;
  const w = o.wave ?? "sine", gain = o.gain ?? 0.5;
  const decay = o.decay ?? Infinity;
  const s0 = Math.max(0, Math.round(start * sr));
  const attackN = Math.max(1, Math.round(Math.max(0.002, o.attack ?? 0.005) * sr));
  const durN = Math.max(1, Math.round(dur * sr)), relN = Math.max(1, Math.round(Math.max(0.005, o.release ?? 0.02) * sr));
  const end = Math.min(data.length, s0 + durN + relN);
  const decayMul = decay === Infinity ? 1 : Math.exp(-1 / (decay * sr));
  const glideMul = o.to === undefined || o.to === freq ? 1 : Math.pow(o.to / freq, 1 / durN);
  const vib = o.vibrato ?? 0;
  let phase = 0, f = freq, env = 1;
  for (let i = s0, j = 0; i < end; i++, j++) {
    if (j < durN) f *= glideMul;
    phase += (vib ? f * (1 + vib * sinCycles(j * 5.5 / sr)) : f) / sr;
    let e: number;
    if (j < attackN) e = j / attackN;
    else { env *= decayMul; e = env; }
    if (j > durN) e *= 1 - (j - durN) / relN;
    data[i]! += wave(w, phase) * e * gain;
  }
}

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
  const src = noiseSource(rng, opts.color ?? "white");
  const s0 = Math.max(0, Math.round(start * t.sr));
  const n = Math.round((opts.length ?? decay * 6) * t.sr);
  const lp = opts.lowpass ? lpCoef(opts.lowpass, t.sr) : 1;
  const hp = opts.highpass ? lpCoef(opts.highpass, t.sr) : 0;
  let low = 0, hpLow = 0;
  for (let i = 0; i < n && s0 + i < t.data.length; i++) {
    let x = src();
    low += lp * (x - low);
    x = low;
    if (hp) { hpLow += hp * (x - hpLow); x -= hpLow; }
    const ts = i / t.sr;
    const env = Math.min(1, ts / 0.001) * Math.exp(-ts / decay);
    t.data[s0 + i]! += x * env * gain;
  }
}

/** Schroeder reverb (4 combs, 2 all-passes), mixed in place. Cheap, and enough to give bells some air. */
export function reverb(t: Track, mix = 0.25, room = 0.8): void {
  const { data, sr } = t;
  const scale = sr / 44100;
  const combs = [1557, 1617, 1491, 1422].map((d) => Math.round(d * scale));
  const out = new Float32Array(data.length);
  for (const d of combs) {
    const buf = new Float32Array(d);
    let idx = 0, lowState = 0;
    for (let i = 0; i < data.length; i++) {
      const y = buf[idx]!;
      lowState = y * 0.6 + lowState * 0.4; // damping
      buf[idx] = data[i]! + lowState * room;
      out[i]! += y * 0.25;
      if (++idx >= d) idx = 0;
    }
  }
  for (const d of [225, 556].map((x) => Math.round(x * scale))) {
    const buf = new Float32Array(d);
    let idx = 0;
    for (let i = 0; i < out.length; i++) {
      const bufOut = buf[idx]!;
      const inp = out[i]!;
      buf[idx] = inp + bufOut * 0.5;
      out[i] = bufOut - inp;
      if (++idx >= d) idx = 0;
    }
  }
  for (let i = 0; i < data.length; i++) data[i] = data[i]! * (1 - mix) + out[i]! * mix;
}

/** Final step: block DC, normalise the peak to about -1.5 dBFS, and fade both ends so nothing clicks. */
export function master(t: Track, fadeIn = 0.005, fadeOut = 0.03, peakLevel = 0.84): Float32Array {
  const { data, sr } = t;
  // DC blocker (one-pole high-pass near 20 Hz) rather than subtracting the mean: silence stays exactly 0.
  const r = 1 - (2 * Math.PI * 20) / sr;
  let px = 0, py = 0, peak = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    py = x - px + r * py;
    px = x;
    data[i] = py;
    const a = py < 0 ? -py : py;
    if (a > peak) peak = a;
  }
  // 0.84 = -1.5 dBFS: below the -1 dBFS ceiling with room for rounding to 16 bits.
  const g = peak > 0 ? Math.min(0.89, peakLevel) / peak : 0;
  const fi = Math.max(1, Math.round(fadeIn * sr)), fo = Math.max(1, Math.min(data.length >> 1, Math.round(fadeOut * sr)));
  for (let i = 0; i < data.length; i++) {
    let e = g;
    if (i < fi) e *= i / fi;
    const fromEnd = data.length - 1 - i;
    if (fromEnd < fo) e *= fromEnd / fo;
    data[i] = data[i]! * e;
  }
  return data;
}
