import { describe, expect, it } from "vitest";
import { tone, track } from "../src/audio/synth";

// tone() draws a decaying sine with a recurrence (two multiplications a sample) instead of a sine and an envelope
// per sample: it must still be that sine under that envelope, to the last sample of a long note.
describe("decaying sine notes", () => {
  it.each([[440, 44100, 1.2], [2093 * 5.4, 44100, 0.2], [55, 22050, 3]])("%d Hz at %d Hz follows gain·r^k·sin(2πf(j+1)) for a %d s decay", (freq, sr, decay) => {
    const seconds = 2.5, attack = 0.002, release = 0.05, gain = 0.4;
    const t = track(seconds + 0.2, sr);
    tone(t, 0.1, seconds, freq, { gain, attack, decay, release });
    const s0 = Math.round(0.1 * sr), attackN = Math.round(attack * sr), durN = Math.round(seconds * sr), relN = Math.round(release * sr);
    const r = Math.exp(-1 / (decay * sr));
    let worst = 0, loudest = 0;
    for (let j = attackN; j < t.data.length - s0; j++) {
      let e = gain * Math.pow(r, j - attackN + 1);
      if (j > durN) e *= Math.max(0, 1 - (j - durN) / relN);
      if (e < 1e-5) break;
      const want = e * Math.sin(2 * Math.PI * (freq / sr) * (j + 1));
      worst = Math.max(worst, Math.abs(t.data[s0 + j]! - want));
      loudest = Math.max(loudest, Math.abs(want));
    }
    expect(loudest).toBeGreaterThan(0.3);
    // Float32 storage limits the comparison to about 3e-8 of full scale; a wrong pitch, phase or decay is off by ~0.1.
    expect(worst).toBeLessThan(1e-6);
    // Before the note and after it, silence.
    expect(t.data.slice(0, s0).every((x) => x === 0)).toBe(true);
  });
});
