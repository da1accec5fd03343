import { describe, expect, it } from "vitest";
import { scaleForMood } from "../src/audio/music";
import { digest, parseWav, run } from "./helpers";

const CEILING = Math.floor(32767 * Math.pow(10, -1 / 20)); // -1 dBFS

const PROMPTS = [
  "notification chime", "error buzz", "warning alarm", "siren alert", "3 beeps", "gentle rain", "thunderstorm", "howling wind",
  "ocean waves", "happy jingle at 120 bpm", "sad piano melody", "8-bit chiptune melody", "calm music box lullaby",
  "house drum loop", "hip hop beat", "8-bit jump", "coin pickup", "laser zap", "power-up", "explosion",
  "sweep from 100 Hz to 8 kHz", "square wave 220 Hz tone", "whatever this is",
];

function peak(s: Int16Array): number {
  let p = 0;
  for (const v of s) p = Math.max(p, Math.abs(v));
  return p;
}

/** Zero crossings per second: a cheap frequency estimate for a pure tone. */
function crossingsPerSecond(s: Int16Array, sr: number, from = 0, to = s.length): number {
  let c = 0;
  for (let i = from + 1; i < to; i++) if ((s[i - 1]! < 0) !== (s[i]! < 0)) c++;
  return c / ((to - from) / sr);
}

describe("WAV audio", () => {
  it.each(PROMPTS)("%j: valid PCM16 mono WAV, exact length, peak at or below -1 dBFS, silent ends", (prompt) => {
    const r = run(prompt, "audio");
    expect(r.content_type).toBe("audio/wav");
    expect(r.extension).toBe("wav");
    const w = parseWav(r.bytes);
    expect([w.riff, w.wave, w.fmt, w.data]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
    expect([w.format, w.channels, w.bits, w.blockAlign]).toEqual([1, 1, 16, 2]);
    expect([22050, 44100]).toContain(w.sampleRate);
    expect(w.byteRate).toBe(w.sampleRate * 2);
    expect(w.riffSize).toBe(36 + w.dataBytes);
    expect(r.bytes.byteLength).toBe(44 + w.dataBytes);
    // Ambiences default to 10 s (a place needs time to be heard), everything else to 3 s.
    const seconds = ["rain", "wind", "ocean"].includes(r.kind) ? 10 : 3;
    expect(r.duration_s).toBe(seconds);
    expect(w.samples.length).toBe(Math.round(seconds * w.sampleRate));
    const p = peak(w.samples);
    expect(p).toBeLessThanOrEqual(CEILING);
    expect(p).toBeGreaterThan(CEILING / 2); // not silent: normalised close to the ceiling
    // Fades: the first and last millisecond stay quiet, so nothing clicks.
    const ms = Math.round(w.sampleRate / 1000);
    expect(peak(w.samples.subarray(0, ms))).toBeLessThan(p * 0.25);
    expect(peak(w.samples.subarray(w.samples.length - ms))).toBeLessThan(p * 0.1);
    expect(w.samples[0]).toBe(0);
    expect(w.samples[w.samples.length - 1]).toBe(0);
  });

  it.each([
    ["chime", {}, 3], ["chime, 2 seconds", {}, 2], ["chime, 2 seconds", { duration_s: 0.5 }, 0.5],
    ["rain", { duration_s: 30 }, 30], ["melody 45 seconds", {}, 30], ["beep", { duration_s: 0.1 }, 0.5], ["beep 500 ms", {}, 0.5],
  ] as const)("%j with %j lasts %s s, sample for sample", (prompt, options, seconds) => {
    const r = run(prompt, "audio", options);
    const w = parseWav(r.bytes);
    expect(r.duration_s).toBe(seconds);
    expect(w.samples.length).toBe(Math.round(seconds * w.sampleRate));
  });

  it("honours a frequency in Hz", () => {
    const w = parseWav(run("440 Hz sine tone", "audio", { duration_s: 1 }).bytes);
    expect(crossingsPerSecond(w.samples, w.sampleRate)).toBeGreaterThan(860);
    expect(crossingsPerSecond(w.samples, w.sampleRate)).toBeLessThan(900);
    const hi = parseWav(run("1000 Hz tone", "audio", { duration_s: 1 }).bytes);
    expect(crossingsPerSecond(hi.samples, hi.sampleRate)).toBeGreaterThan(1960);
    expect(crossingsPerSecond(hi.samples, hi.sampleRate)).toBeLessThan(2040);
  });

  it("sweeps upward from the first frequency to the second", () => {
    const w = parseWav(run("sweep from 200 Hz to 2000 Hz", "audio", { duration_s: 2 }).bytes);
    const q = w.samples.length / 4;
    const start = crossingsPerSecond(w.samples, w.sampleRate, 0, q), end = crossingsPerSecond(w.samples, w.sampleRate, 3 * q, w.samples.length);
    expect(start).toBeLessThan(900);
    expect(end).toBeGreaterThan(2400);
  });

  it("happy melodies use a major scale, sad ones a minor scale", () => {
    expect(scaleForMood("happy")).toContain(4); // major third
    expect(scaleForMood("happy")).not.toContain(3);
    expect(scaleForMood("sad")).toContain(3); // minor third
    expect(scaleForMood("sad")).not.toContain(4);
    // And the mood really changes the sound, not just a label.
    const a = run("happy melody", "audio", { seed: 4, duration_s: 2 }).bytes, b = run("sad melody", "audio", { seed: 4, duration_s: 2 }).bytes;
    expect(digest(a)).not.toBe(digest(b));
  });

  it("a faster tempo packs more notes into the same time", () => {
    const onsets = (prompt: string) => {
      const w = parseWav(run(prompt, "audio", { duration_s: 8, seed: 5 }).bytes);
      const win = Math.round(w.sampleRate * 0.01);
      let count = 0, prev = 0;
      for (let i = 0; i + win <= w.samples.length; i += win) {
        let e = 0;
        for (let j = i; j < i + win; j++) e += Math.abs(w.samples[j]!);
        e /= win;
        if (e > prev * 1.6 && e > 600) count++;
        prev = e;
      }
      return count;
    };
    expect(onsets("drum loop 160 bpm")).toBeGreaterThan(onsets("drum loop 70 bpm") * 1.5);
    expect(onsets("happy 8-bit melody at 180 bpm")).toBeGreaterThan(onsets("happy 8-bit melody at 60 bpm") * 1.5);
  });

  it("different sound kinds are different signals", () => {
    const sig = (p: string) => {
      const w = parseWav(run(p, "audio", { duration_s: 1, seed: 1 }).bytes);
      return Math.round(crossingsPerSecond(w.samples, w.sampleRate) / 50);
    };
    const values = ["440 Hz tone", "white noise wind", "laser zap", "error buzz", "notification chime", "8-bit coin pickup"].map(sig);
    expect(new Set(values).size).toBe(values.length);
  });
});
