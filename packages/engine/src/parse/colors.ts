// Colours: hex codes and CSS colour names in order of appearance, and the one asked for as the background.
import { namedColor } from "../color";
import { consume, type Scan } from "./scan";

export interface ColorFacts { colors: string[]; background?: string }

const HEX = /#([0-9a-f]{6}|[0-9a-f]{3})\b/g;

export function colorsOf(s: Scan): ColorFacts {
  const colors: string[] = [];
  for (const m of s.lower.matchAll(HEX)) colors.push(expandHex(m[1]!));
  consume(s, HEX);
  // "brand blue" is a palette word with its own shade, not the CSS keyword blue.
  collectNamedColors(s.lower.replace(/\bbrand blue\b/g, " ").match(/[\p{L}\p{N}'-]+/gu) ?? [], colors);
  const bgMatch = s.lower.match(/(#[0-9a-f]{3,6}|\b[a-z]+(?: [a-z]+)?) (?:background|backdrop|bg)\b/);
  return { colors, background: bgMatch ? colorFromPhrase(bgMatch[1]!) : undefined };
}

export function expandHex(h: string): string {
  return "#" + (h.length === 3 ? h.replace(/./g, (c) => c + c) : h);
}

// Words that are CSS colour keywords but usually mean something else in a prompt.
const NOT_COLORS = new Set(["snow", "linen", "lace", "tan", "peru", "chocolate", "tomato", "salmon", "orchid", "plum",
  "wheat", "bisque", "moccasin", "honeydew", "lime", "olive", "navy", "teal", "coral", "gold", "silver"]);
// ...except these, which people do use as colours; the set above only guards the food/material ones.
for (const w of ["lime", "olive", "navy", "teal", "coral", "gold", "silver", "tomato", "salmon", "plum"]) NOT_COLORS.delete(w);

function collectNamedColors(words: string[], out: string[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // Two-word names first: "sky blue", "dark green", "light gray".
    if (next) {
      const joined = namedColor(w + next);
      if (joined) { out.push(joined); i++; continue; }
    }
    if (NOT_COLORS.has(w)) continue;
    const c = namedColor(w);
    if (c) out.push(c);
  }
}

function colorFromPhrase(phrase: string): string | undefined {
  if (phrase.startsWith("#")) return expandHex(phrase.slice(1));
  const parts = phrase.split(" ");
  return namedColor(parts.join("")) ?? namedColor(parts[parts.length - 1]!);
}
