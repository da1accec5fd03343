// Quoted strings ("Ship faster", “Start free”): the prompt's own words, shown verbatim as labels.
import { consume, type Scan } from "./scan";

const QUOTED = /["“”«»„]([^"“”«»„]{1,80})["“”«»„]/g;

export function quotedLabels(s: Scan): string[] {
  const labels = [...s.text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(Boolean);
  consume(s, QUOTED);
  return labels;
}
