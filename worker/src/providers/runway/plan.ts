import { priceMicros, runwayImageMicros, runwaySpeechMicros, runwayVideoMicros } from "../../pricing";
import type { MediaRequest } from "../provider";

// What to ask Runway for, from a media request alone: endpoint, body, model and price. No I/O, so it is also the
// estimate.

/** The request we send Runway for a media request, and what it costs if it succeeds. */
export interface RunwayPlan {
  endpoint: "text_to_image" | "text_to_video" | "text_to_speech" | "sound_effect";
  body: Record<string, unknown>;
  model: string;
  costMicros: number;
}

const IMAGE_RATIOS = [
  [1024, 1024],
  [1280, 720],
  [720, 1280],
  [1920, 1080],
  [1080, 1920],
] as const;

/** The gen4_image ratio closest in shape (then in size) to what was asked; square when nothing was. */
export function imageRatio(width?: number, height?: number): [number, number] {
  if (width === undefined && height === undefined) return [1024, 1024];
  const w = width ?? height!;
  const h = height ?? width!;
  const score = ([rw, rh]: readonly [number, number]) => Math.abs(Math.log(rw / rh / (w / h))) * 10 + Math.abs(Math.log((rw * rh) / (w * h)));
  const best = [...IMAGE_RATIOS].sort((a, b) => score(a) - score(b))[0]!;
  return [best[0], best[1]];
}

/** Seconds named in a description ("a 6 second clip", "8s"), if any. */
export function secondsInPrompt(text: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:s|secs?|seconds?)\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Speech when the description asks for words to be spoken: quoted words, "say ...", a voice-over or narration.
 * Returns the text to speak, or undefined for a sound effect.
 */
export function speechText(description: string): string | undefined {
  const quoted = /["“]([^"”]{1,1000})["”]/.exec(description);
  if (quoted) return quoted[1]!.trim();
  const say = /\b(?:say|says|saying|speak|speaks|read(?:s)? aloud)\b[:,]?\s+(.+)$/i.exec(description);
  if (say) return say[1]!.trim();
  if (/\b(voice[- ]?over|narrat(?:ion|or|e|ed)|spoken|speech)\b/i.test(description)) {
    return description.replace(/^\s*(?:a\s+)?(?:voice[- ]?over|narration)\s*[:,-]?\s*/i, "").trim() || description;
  }
  return undefined;
}

export const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function plan(req: MediaRequest): RunwayPlan {
  const promptText = req.description.slice(0, 1000);
  if (req.media_type === "image") {
    const [w, h] = imageRatio(req.options.width, req.options.height);
    const body: Record<string, unknown> = { model: "gen4_image", promptText, ratio: `${w}:${h}` };
    if (req.options.seed !== undefined) body.seed = req.options.seed;
    return { endpoint: "text_to_image", body, model: "gen4_image", costMicros: runwayImageMicros(w, h) };
  }
  if (req.media_type === "video") {
    const asked = req.options.duration_s ?? secondsInPrompt(req.description) ?? 5;
    const duration = clamp(Math.round(asked), 2, 10);
    const portrait = (req.options.height ?? 0) > (req.options.width ?? 0);
    const body: Record<string, unknown> = { model: "gen4.5", promptText, ratio: portrait ? "720:1280" : "1280:720", duration };
    if (req.options.seed !== undefined) body.seed = req.options.seed;
    return { endpoint: "text_to_video", body, model: "gen4.5", costMicros: runwayVideoMicros(duration) };
  }
  const words = speechText(req.description);
  if (words !== undefined) {
    const text = words.slice(0, 1000);
    return {
      endpoint: "text_to_speech",
      body: { model: "eleven_multilingual_v2", promptText: text, voice: { type: "runway-preset", presetId: "Maya" } },
      model: "eleven_multilingual_v2",
      costMicros: runwaySpeechMicros(text.length),
    };
  }
  const seconds = req.options.duration_s ?? secondsInPrompt(req.description);
  const body: Record<string, unknown> = { model: "eleven_text_to_sound_v2", promptText };
  if (seconds !== undefined) body.duration = clamp(seconds, 0.5, 30);
  return { endpoint: "sound_effect", body, model: "eleven_text_to_sound_v2", costMicros: priceMicros("runway/eleven_text_to_sound_v2") };
}

/** Typical wall time of a plan's task, for estimates. */
export function expectedTimeMs(p: RunwayPlan): number {
  return p.endpoint === "text_to_video" ? 60_000 : p.endpoint === "text_to_image" ? 15_000 : 8_000;
}
