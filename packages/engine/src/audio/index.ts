// Audio dispatch: description plan -> mono PCM samples -> WAV bytes.
import type { AudioKind } from "../detect";
import type { Plan } from "../parse";
import { createRng } from "../random";
import { encodeWav } from "../wav";
import { ocean, rain, wind } from "./ambience";
import { drumLoop } from "./drums";
import { melody } from "./music";
import { alarmClock, applause, birds, click, footsteps, heartbeat, levelUp, typing, whoosh } from "./more";
import { alert, beep, chime, coin, error, explosion, jump, laser, powerUp, steadyTone, sweep } from "./sfx";
import { master, track } from "./synth";

// Retro and noise sounds gain nothing from 44.1 kHz; long clips use 22.05 kHz to halve their size.
const LOW_RATE = new Set<AudioKind>(["rain", "wind", "ocean", "jump", "coin", "laser", "power-up", "level-up", "explosion", "applause", "whoosh", "heartbeat", "footsteps", "birds", "alarm", "typing"]);

// Textures play as long as asked; without a duration they still need time to be heard as a place.
const AMBIENT = new Set<AudioKind>(["rain", "wind", "ocean", "birds"]);
const DEFAULT_SECONDS: Partial<Record<AudioKind, number>> = { applause: 5, heartbeat: 5, footsteps: 5, typing: 5, alarm: 4, whoosh: 1.2, click: 0.5, "level-up": 1.5 };

/** Seconds to render when neither the options nor the prompt give a duration. */
export function defaultAudioSeconds(plan: Plan): number {
  const kind = plan.kind as AudioKind;
  return AMBIENT.has(kind) ? 10 : DEFAULT_SECONDS[kind] ?? 3;
}

/** Peak level from loudness words: "soft"/"quiet" sit well below full scale, "loud" at the ceiling. */
export function loudnessOf(lower: string): number {
  if (/\b(very (quiet|soft)|barely audible|whisper(ing|ed)?|faint)\b/.test(lower)) return 0.12;
  if (/\b(soft(ly)?|quiet(ly)?|subtle|low volume|muted|gentle background)\b/.test(lower)) return 0.28;
  if (/\b(loud(ly)?|blaring|booming|deafening|very loud|max(imum)? volume)\b/.test(lower)) return 0.89;
  return 0.84;
}

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
    case "birds": birds(t, plan, rng, seconds); fadeIn = fadeOut = Math.min(0.5, seconds / 6); break;
    case "applause": applause(t, plan, rng, seconds); fadeIn = 0.15; fadeOut = Math.min(0.8, seconds / 4); break;
    case "whoosh": whoosh(t, plan, rng, seconds); break;
    case "click": click(t, plan, rng, seconds); break;
    case "level-up": levelUp(t, rng, seconds); break;
    case "alarm": alarmClock(t, plan, rng, seconds); break;
    case "heartbeat": heartbeat(t, plan, rng, seconds); break;
    case "footsteps": footsteps(t, plan, rng, seconds); break;
    case "typing": typing(t, plan, rng, seconds); break;
    default: melody(t, plan, rng, seconds); fadeOut = Math.min(0.3, seconds / 8);
  }
  return { bytes: encodeWav(master(t, fadeIn, fadeOut, loudnessOf(plan.lower)), sr), sampleRate: sr };
}
