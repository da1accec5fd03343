// Data: numbers no other extractor explained, labelled by the words beside them ("Jan 12, Feb 19").
import { NOUNS } from "./counts";

export interface Datum { value: number; label?: string }

const DATA_STOPWORDS = new Set(["pie", "donut", "doughnut", "chart", "bar", "bars", "graph", "line", "of", "with", "showing",
  "data", "values", "value", "a", "an", "the", "for", "and", "plot", "histogram", "in", "is", "at", "to", "on", "by", "numbers"]);

/** Numbers not consumed elsewhere become chart data; "Jan 12, Feb 19" keeps the month names as labels. */
export function dataOf(rest: string): Datum[] {
  const out: Datum[] = [];
  for (const seg of rest.split(/[,;\n]|\band\b/)) {
    const nums = [...seg.matchAll(/(?<![\p{L}\d.])(-?\d+(?:\.\d+)?)\s*(%|k\b|m\b)?/gu)];
    if (nums.length === 0) continue;
    if (nums.length === 1) {
      const m = nums[0]!;
      const mult = m[2] === "k" ? 1000 : m[2] === "m" ? 1e6 : 1;
      const before = seg.slice(0, m.index).split(":").pop()!;
      const after = seg.slice(m.index! + m[0].length).split(":")[0]!;
      const pick = (s: string, fromEnd: boolean) => {
        const ws = (s.match(/[\p{L}][\p{L}\p{N}'&-]*/gu) ?? []).filter((w) => !DATA_STOPWORDS.has(w) && !NOUNS[w]);
        return (fromEnd ? ws.slice(-2) : ws.slice(0, 2)).join(" ");
      };
      const label = pick(before, true) || pick(after, false);
      out.push({ value: +m[1]! * mult, label: label ? capitalize(label) : undefined });
    } else {
      for (const m of nums) out.push({ value: +m[1]! * (m[2] === "k" ? 1000 : m[2] === "m" ? 1e6 : 1) });
    }
  }
  return out.filter((d) => Number.isFinite(d.value));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
