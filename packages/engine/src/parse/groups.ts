// Counted things of any noun: "three engineers" -> { count: 3, noun: "engineer" }, "two designers",
// "4 products". Unlike counts.ts this keeps nouns the engine has no word list for, so a template can draw
// exactly that many named cards. Numbers stay in place (a pie of "5 apples, 3 pears" is still data).
import { NUMBER_WORDS } from "./counts";

export interface Group { count: number; noun: string; word: string }

const GROUP = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a pair of|a couple of)\s+((?:[a-z-]+\s+){0,2}?)([a-z]+)\b/g;
// Units and words that follow a number without naming things.
const NOT_THINGS = /^(ms|s|sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|bpm|hz|khz|px|x|by|percent|am|pm|of|and|or|to|times|bit|k|m|kb|mb|degrees?|dollars?|euros?|usd)$/;

export function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/people$/.test(w)) return w.slice(0, -6) + "person";
  if (/men$/.test(w)) return w.slice(0, -3) + "man";
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return w;
}

export function groupsOf(lower: string): Group[] {
  const out: Group[] = [];
  for (const m of lower.matchAll(GROUP)) {
    const word = m[3]!;
    if (NOT_THINGS.test(word)) continue;
    const k = m[1]!;
    const count = NUMBER_WORDS[k] ?? (k.startsWith("a pair") || k.startsWith("a couple") ? 2 : +k);
    // "one"/"1" names a singular noun; anything more a plural one ("3 step" is not a group).
    if (count > 1 && !/s$|people$|men$/.test(word)) continue;
    out.push({ count: Math.min(64, Math.max(1, count)), noun: singular(word), word });
    if (out.length >= 12) break;
  }
  return out;
}
