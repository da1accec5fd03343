// Audio dispatch: description plan -> mono PCM samples -> WAV bytes.
import type { AudioKind } from "../detect";
import type { Plan } from "../parse";
import { createRng } from "../random";
import { encodeWav } from "../wav";
import { ocean, rain, wind } from "./ambience";
import { drumLoop } from "./drums";
import { melody } from "./music";
import { alert, beep, chime, coin, error, explosion, jump, laser, powerUp, steadyTone, sweep } from "./sfx";
import { master, track } from "./synth";

// Retro and noise sounds gain nothing from 44.1 kHz; long clips use 22.05 kHz to halve their size.
const LOW_RATE = new Set<AudioKind>(["rain", "wind", "ocean", "jump", "coin", "laser", "power-up", "explosion"]);

export function renderAudio(plan: Plan, seed: number, seconds: number): { bytes: Uint8Array; sampleRate: number } {
  const kind = plan.kind as AudioKind;
  const sr = LOW_RATE.has(kind) || seconds > 15 ? 22050 : 44100;
  const t = track(seconds, sr);
  const rng = createRng(seed, plan.text);
  let fadeOut = 0.03, fadeIn = 0.005;
  switch (kind) {
    case "chime": chime(t, plan, rng, seconds); break;
    case "beep": beep(t, plan, seconds); break;
    case "alert": alert(t, plan, seconds); break;
    case "error": error(t); break;
    case "jump": jump(t, rng); break;
    case "coin": coin(t, rng); break;
    case "laser": laser(t, rng); break;
    case "power-up": powerUp(t, rng); break;
    case "explosion": explosion(t, rng, seconds); break;
    case "sweep": sweep(t, plan, seconds); break;
    case "tone": steadyTone(t, plan, seconds); break;
    case "drums": drumLoop(t, plan, rng, seconds); break;
    case "rain": rain(t, plan, rng, seconds); fadeIn = fadeOut = Math.min(0.5, seconds / 6); break;
    case "wind": wind(t, plan, rng, seconds); fadeIn = fadeOut = Math.min(0.5, seconds / 6); break;
    case "ocean": ocean(t, rng, seconds); fadeIn = fadeOut = Math.min(0.5, seconds / 6); break;
    default: melody(t, plan, rng, seconds); fadeOut = Math.min(0.3, seconds / 8);
  }
  return { bytes: encodeWav(master(t, fadeIn, fadeOut), sr), sampleRate: sr };
}
