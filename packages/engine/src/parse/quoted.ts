// The prompt's own words, to be shown verbatim: quoted strings ("Ship faster", “Start free”) and phrases
// introduced by "says", "titled", "labelled", "reading", "with the text"... ("a badge that says Top
// Contributor 2025"). Both are consumed, so a year or number inside them is never read as chart data.
import { consume, type Scan } from "./scan";

const QUOTED = /["“”«»„]([^"“”«»„]{1,200})["“”«»„]/g;

// The phrase runs to punctuation, a quote, or a joining word that starts the next clause.
const SAYS = /\b(?:that|which)?\s*(?:says|saying|reads|reading|titled|entitled|labell?ed|captioned|headlined|with the (?:text|words?|title|heading|headline|caption|message|slogan)|with (?:a |the )?(?:title|heading|headline|caption|slogan|message|tagline))\s*:?\s+(?!["“”«»„])((?:(?!\b(?:with|and (?:a|an|the)|on (?:a|an|the)|in (?:a|an|the)|using|underneath|below|above)\b)[^,.;:!?"“”«»„\n])+)/giu;

const SAYS_WORD = /says|saying|reads|reading|titled|labell?ed|captioned|headlined|with (?:a |the )?(?:text|words?|title|heading|headline|caption|message|slogan|tagline)/;

/** Lower-case trailing modifiers that describe the picture, not the words: "in red", "in dark mode". */
const TRAILING = /\s+(?:in|on)\s+(?:[\p{Ll}\d-]+\s*)+$/u;

export function quotedLabels(s: Scan): string[] {
  const found: [number, string][] = [];
  for (const m of s.text.matchAll(QUOTED)) {
    const v = m[1]!.trim().slice(0, 120);
    if (v) found.push([m.index!, v]);
  }
  consume(s, QUOTED);
  // Cheap pre-check: the phrase regex is slow on long text with no such word (hostile 10,000-character input).
  const unquoted = SAYS_WORD.test(s.lower) ? s.text.replace(QUOTED, (m) => " ".repeat(m.length)) : "";
  for (const m of unquoted.matchAll(SAYS)) {
    let v = m[1]!.replace(TRAILING, "").trim();
    // "titled" followed by a lone article or filler is not a label.
    if (!v || /^(a|an|the|it|this|that|something|some|nothing)$/i.test(v)) continue;
    v = v.slice(0, 80);
    found.push([m.index!, v]);
    const at = m.index! + m[0].length - m[1]!.length;
    s.rest = s.rest.slice(0, at) + " ".repeat(v.length) + s.rest.slice(at + v.length);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}
