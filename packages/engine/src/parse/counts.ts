// Counts: "3 cards", "four columns", "a couple of charts" -> { card: 3, column: 4, chart: 2 }.
import type { Scan } from "./scan";

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  single: 1, pair: 2, couple: 2, few: 3, several: 5,
};

// Countable nouns and their canonical singular.
export const NOUNS: Record<string, string> = {
  card: "card", cards: "card", column: "column", columns: "column", cols: "column", row: "row", rows: "row",
  item: "item", items: "item", step: "step", steps: "step", stage: "step", stages: "step", phase: "step", phases: "step",
  bar: "bar", bars: "bar", point: "point", points: "point", slice: "slice", slices: "slice", segment: "slice",
  segments: "slice", node: "node", nodes: "node", box: "node", boxes: "node", star: "star", stars: "star",
  tree: "tree", trees: "tree", building: "building", buildings: "building", tab: "tab", tabs: "tab",
  field: "field", fields: "field", input: "field", inputs: "field", button: "button", buttons: "button",
  section: "section", sections: "section", feature: "feature", features: "feature", person: "person",
  people: "person", member: "person", members: "person", employee: "person", employees: "person",
  level: "level", levels: "level", branch: "branch", branches: "branch", idea: "branch", ideas: "branch",
  topic: "branch", topics: "branch", milestone: "milestone", milestones: "milestone", event: "milestone",
  events: "milestone", mountain: "mountain", mountains: "mountain", peak: "mountain", peaks: "mountain",
  wave: "wave", waves: "wave", hill: "hill", hills: "hill", line: "line", lines: "line", series: "line",
  kpi: "card", kpis: "card", metric: "card", metrics: "card", widget: "card", widgets: "card", stat: "card",
  stats: "card", chart: "chart", charts: "chart", panel: "card", panels: "card", note: "note", notes: "note",
  beep: "beep", beeps: "beep", bounce: "bounce", bounces: "bounce", plan: "plan", plans: "plan", tier: "plan",
  tiers: "plan", entry: "row", entries: "row", record: "row", records: "row", user: "row", users: "row",
  task: "row", tasks: "row", month: "point", months: "point", year: "point", years: "point", day: "point",
  days: "point", screen: "screen", screens: "screen", circle: "circle", circles: "circle", ring: "circle",
  rings: "circle", shape: "shape", shapes: "shape", bird: "bird", birds: "bird", cloud: "cloud", clouds: "cloud",
};

const COUNT = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|single|pair|couple|few|several)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)\b/g;

/** Counts of known nouns; each counted phrase is consumed so its number is not read as data. */
export function countsOf(s: Scan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of s.rest.matchAll(COUNT)) {
    const noun = NOUNS[m[2]!];
    if (!noun || counts[noun] !== undefined) continue;
    const n = NUMBER_WORDS[m[1]!] ?? +m[1]!;
    counts[noun] = Math.min(64, Math.max(1, n));
    s.rest = s.rest.replace(m[0], " ");
  }
  return counts;
}
