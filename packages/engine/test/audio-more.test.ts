import { describe, expect, it } from "vitest";
import { parseWav, run } from "./helpers";

const peak = (s: Int16Array) => s.reduce((p, v) => Math.max(p, Math.abs(v)), 0);
function rms(s: Int16Array, from = 0, to = s.length): number {
  let a = 0;
  for (let i = from; i < to; i++) a += s[i]! * s[i]!;
  return Math.sqrt(a / Math.max(1, to - from));
}

describe("audio: loudness, length and more kinds", () => {
  it("soft and quiet sounds are quieter, loud ones at the ceiling", () => {
    const p = (d: string) => peak(parseWav(run(d, "audio", { seed: 1 }).bytes).samples) / 32767;
    expect(p("notification chime")).toBeCloseTo(0.84, 1);
    expect(p("soft notification chime")).toBeLessThan(0.32);
    expect(p("quiet rain")).toBeLessThan(0.32);
    expect(p("very quiet heartbeat")).toBeLessThan(0.15);
    expect(p("loud alarm clock")).toBeGreaterThan(0.86);
    expect(p("loud alarm clock")).toBeLessThanOrEqual(Math.pow(10, -1 / 20));
  }, 30_000);

  it.each(["happy jingle, 15 seconds", "calm piano music for 20 seconds", "sad melody, 7 seconds", "lofi hip hop beat, 15 seconds", "drum loop 96 bpm, 4 seconds", "melody loop, 12 seconds"])(
    "%j fills the whole clip: no trailing silence", (prompt) => {
      const r = run(prompt, "audio", { seed: 3 });
      const w = parseWav(r.bytes);
      const sr = w.sampleRate, n = w.samples.length;
      expect(n).toBe(Math.round(r.duration_s! * sr));
      // The last second still carries sound (the final chord or the last bar), not a fade into silence.
      const tail = rms(w.samples, n - sr, n - Math.round(sr * 0.05));
      expect(tail, prompt).toBeGreaterThan(rms(w.samples) * 0.08);
    }, 30_000);

  it("ambiences last 10 s unless told otherwise, and as long as asked", () => {
    for (const p of ["rain", "ocean waves", "wind", "birds chirping"]) expect(run(p, "audio").duration_s, p).toBe(10);
    expect(run("ocean waves for 25 seconds", "audio").duration_s).toBe(25);
    expect(run("rain", "audio", { duration_s: 4 }).duration_s).toBe(4);
  }, 30_000);

  it.each([
    ["applause", "applause"], ["whoosh", "whoosh"], ["mouse click", "click"], ["level up", "level-up"], ["alarm clock", "alarm"],
    ["heartbeat", "heartbeat"], ["birds singing", "birds"], ["footsteps on wooden stairs", "footsteps"], ["typing on a keyboard", "typing"],
    ["old typewriter", "typing"], ["square wave at 220 Hz", "tone"], ["warning alarm", "alert"],
  ])("%j is %s, audible, within the ceiling", (prompt, kind) => {
    const r = run(prompt, "audio", { seed: 4 });
    expect(r.kind).toBe(kind);
    const w = parseWav(r.bytes);
    const p = peak(w.samples);
    expect(p).toBeGreaterThan(32767 * 0.5);
    expect(p).toBeLessThanOrEqual(32767 * Math.pow(10, -1 / 20));
  });

  it("textures fill their clip: applause, typing, footsteps, heartbeat and birds are heard in every second", () => {
    for (const prompt of ["applause", "typing on a keyboard", "footsteps", "heartbeat", "birds chirping"]) {
      const w = parseWav(run(prompt, "audio", { seed: 5, duration_s: 6 }).bytes);
      const sr = w.sampleRate;
      for (let s = 0; s < 5; s++) expect(peak(w.samples.subarray(s * sr, (s + 1) * sr)), `${prompt} second ${s}`).toBeGreaterThan(1000);
    }
  }, 30_000);
});
