// Melodies and jingles: a key and scale from the mood (happy -> major, sad -> minor...), tempo from "120 bpm"
// or the mood, a four-chord progression, a two-bar motif repeated with variation over bass and chords, and a
// final tonic chord that rings out before the end. A table of scales is all the music theory this needs.
import type { Mood, Plan } from "../parse";
import type { Rng } from "../random";
import { bell, pluck, tone, type Track } from "./synth";

interface Style { scale: number[]; tempo: number; progression: number[]; pad: boolean }

const MAJOR = [0, 2, 4, 5, 7, 9, 11], MINOR = [0, 2, 3, 5, 7, 8, 10], HARMONIC_MINOR = [0, 2, 3, 5, 7, 8, 11];

const STYLES: Record<Mood, Style> = {
  happy: { scale: MAJOR, tempo: 120, progression: [0, 4, 5, 3], pad: false },
  sad: { scale: MINOR, tempo: 72, progression: [0, 5, 2, 6], pad: true },
  calm: { scale: MAJOR, tempo: 80, progression: [0, 3, 0, 4], pad: true },
  energetic: { scale: MINOR, tempo: 140, progression: [0, 6, 5, 6], pad: false },
  tense: { scale: HARMONIC_MINOR, tempo: 90, progression: [0, 5, 4, 0], pad: true },
  neutral: { scale: MAJOR, tempo: 104, progression: [0, 5, 3, 4], pad: false },
};

/** The scale (semitones above the key) a mood plays in: major for happy, minor for sad, and so on. */
export function scaleForMood(mood: Mood): readonly number[] {
  return STYLES[mood].scale;
}

export const midiToHz = (m: number) => 440 * Math.pow(2, (m - 69) / 12);

/** MIDI note of scale degree `d` (may be negative or beyond an octave) above `root`. */
function degree(root: number, scale: number[], d: number): number {
  const len = scale.length;
  const oct = Math.floor(d / len);
  return root + oct * 12 + scale[((d % len) + len) % len]!;
}

type Instrument = "piano" | "chip" | "bell" | "pluck";

function instrumentFor(lower: string): Instrument {
  if (/\b(8-?bit|chiptune|retro|arcade|game)\b/.test(lower)) return "chip";
  if (/\b(bells?|music box|glockenspiel|celesta|lullaby|chimes?)\b/.test(lower)) return "bell";
  if (/\b(piano|keys|keyboard)\b/.test(lower)) return "piano";
  return "pluck";
}

function play(t: Track, inst: Instrument, start: number, dur: number, midi: number, gain: number): void {
  const f = midiToHz(midi);
  if (inst === "chip") tone(t, start, dur * 0.9, f, { wave: "pulse25", gain: gain * 0.6, attack: 0.003, decay: dur * 2, release: 0.02 });
  else if (inst === "bell") bell(t, start, f, gain * 0.8, Math.max(0.8, dur * 3));
  else pluck(t, start, Math.max(0.25, dur * (inst === "piano" ? 1.6 : 1.1)), f, gain, inst === "piano" ? 0.8 : 1.1);
}

// Rhythms for one bar of 4 beats, in beats.
const RHYTHMS = [[1, 1, 1, 1], [1.5, 0.5, 1, 1], [0.5, 0.5, 1, 2], [1, 0.5, 0.5, 2], [0.5, 0.5, 0.5, 0.5, 1, 1], [2, 1, 1]];

export function melody(t: Track, plan: Plan, rng: Rng, seconds: number): void {
  const style = STYLES[plan.mood];
  const wanted = Math.min(240, Math.max(40, plan.tempo ?? style.tempo));
  // Fill the clip exactly: a loop is a whole number of bars ending on the last sample; anything else is
  // whole bars plus a final chord that rings to the end. The tempo bends (a few percent) to make it fit.
  const loop = /\b(loop(s|ed|ing|able)?|seamless)\b/.test(plan.lower);
  const tail = loop ? 0 : Math.min(2, Math.max(0.6, seconds * 0.15));
  const bars = Math.max(1, Math.round(((seconds - tail) * wanted) / 240));
  const bar = (seconds - tail) / bars, beat = bar / 4;
  const inst = instrumentFor(plan.lower);
  const root = 57 + rng.int(0, 7); // A3..E4 keeps the melody mid-range whatever the key
  const scale = style.scale;

  // Two-bar motif as (beat offset, length, scale degree) relative to each chord.
  const motif: [number, number, number][][] = [];
  for (let b = 0; b < 2; b++) {
    const rhythm = rng.pick(RHYTHMS);
    let at = 0, d = rng.pick([0, 2, 4]);
    const notes: [number, number, number][] = [];
    for (const len of rhythm) {
      notes.push([at, len, d]);
      d += rng.pick([-2, -1, -1, 1, 1, 2, 0]);
      d = Math.max(-2, Math.min(9, d));
      at += len;
    }
    motif.push(notes);
  }

  let end = 0;
  for (let b = 0; b < bars; b++) {
    const t0 = b * bar;
    if (t0 >= seconds - 0.05) break;
    const chord = style.progression[b % style.progression.length]!;
    const notes = motif[b % 2]!;
    const last = b === bars - 1;
    notes.forEach(([at, len, d], i) => {
      const start = t0 + at * beat;
      if (start >= seconds - 0.05) return;
      // Strong beats snap to chord tones so the line fits the harmony.
      let deg = chord + d;
      if (at % 2 === 0) deg = chord + Math.round(d / 2) * 2;
      // The phrase resolves to the tonic on the last note of the last bar.
      if (last && i === notes.length - 1) deg = 7;
      // Every fourth bar varies the motif a little.
      if (b % 4 === 3 && i === 1) deg += rng.pick([-1, 1]);
      play(t, inst, start, len * beat, degree(root + 12, scale, deg), 0.32);
    });
    // Bass on the chord root, chords as a soft pad or short stabs.
    const bassMidi = degree(root - 12, scale, chord);
    tone(t, t0, bar * 0.95, midiToHz(bassMidi), { wave: "triangle", gain: 0.22, attack: 0.01, decay: style.pad ? Infinity : bar * 0.6, release: 0.08 });
    for (const k of [0, 2, 4]) {
      const m = degree(root, scale, chord + k);
      if (style.pad) tone(t, t0, bar * 0.98, midiToHz(m), { wave: "sine", gain: 0.06, attack: bar * 0.25, release: bar * 0.2 });
      else for (const beatAt of [0, 2]) tone(t, t0 + beatAt * beat, beat * 0.8, midiToHz(m), { wave: "triangle", gain: 0.05, attack: 0.005, decay: beat * 0.5, release: 0.05 });
    }
    end = t0 + bar;
  }
  // Final tonic chord, ringing through the tail to the last sample, over a soft pad so nothing goes silent.
  const finalAt = Math.min(end, seconds - tail);
  if (!loop && finalAt > 0.2) {
    for (const k of [0, 2, 4, 7]) play(t, inst, finalAt, tail, degree(root + (k === 7 ? 0 : 12), scale, k), 0.18);
    for (const k of [0, 2, 4]) tone(t, finalAt, tail, midiToHz(degree(root, scale, k)), { wave: "sine", gain: 0.07, attack: 0.05, release: 0.05 });
  }
}
