// Time and pitch words: "3 seconds", "250 ms", "120 bpm", "440 Hz", "from 200 to 2 kHz".
import { consume, type Scan } from "./scan";

export interface TimingFacts { durationFromText?: number; tempo?: number; frequencies: number[] }

const DURATION = /(\d+(?:\.\d+)?)\s*-?\s*(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/;

export function timingOf(s: Scan): TimingFacts {
  const { lower } = s;
  const durMatch = lower.match(DURATION);
  let durationFromText: number | undefined;
  if (durMatch) {
    const v = +durMatch[1]!, unit = durMatch[2]!;
    durationFromText = unit.startsWith("m") && unit !== "ms" && !unit.startsWith("mil") ? v * 60 : unit === "ms" || unit.startsWith("mil") ? v / 1000 : v;
    consume(s, new RegExp(DURATION.source, "g"));
  }
  const tempoMatch = lower.match(/(\d{2,3})\s*bpm\b/);
  consume(s, /\d{2,3}\s*bpm\b/g);
  const frequencies: number[] = [];
  const fromTo = lower.match(/from\s+(\d+(?:\.\d+)?)\s*(k?hz)?\s+to\s+(\d+(?:\.\d+)?)\s*(k?hz)\b/);
  if (fromTo) {
    // "from 2 to 20 kHz" shares the unit; "from 200 to 2 kHz" cannot (it would fall), so the first is in Hz.
    const to = +fromTo[3]! * (fromTo[4] === "khz" ? 1000 : 1);
    const v0 = +fromTo[1]!;
    const unit0 = fromTo[2] ?? (v0 <= +fromTo[3]! ? fromTo[4] : "hz");
    frequencies.push(v0 * (unit0 === "khz" ? 1000 : 1), to);
  } else {
    for (const m of lower.matchAll(/(\d+(?:\.\d+)?)\s*(k?hz)\b/g)) frequencies.push(+m[1]! * (m[2] === "khz" ? 1000 : 1));
  }
  consume(s, /(\d+(?:\.\d+)?)\s*(k?hz)\b/g);
  consume(s, /\b\d+-?bit\b/g);
  return { durationFromText, tempo: tempoMatch ? +tempoMatch[1]! : undefined, frequencies };
}
