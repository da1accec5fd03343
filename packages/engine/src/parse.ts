// Turns a free-text description into a Plan: what to draw (kind), how big, which colours, counts, labels,
// data and mood. Keyword and regex parsing is deliberate: NLP libraries cost 30-140 KB and the prompts we
// get are short and noun-heavy.
import { luminance, namedColor } from "./color";
import { cleanText } from "./xml";
import { detectAudioKind, detectImageKind, familyOf, type AudioKind, type Family, type ImageKind } from "./detect";

export type MediaType = "image" | "video" | "audio";
export type Mood = "happy" | "sad" | "calm" | "energetic" | "tense" | "neutral";
export type PaletteStyle = "pastel" | "vibrant" | "monochrome" | "default";

export interface Datum { value: number; label?: string }

export interface Plan {
  mediaType: MediaType;
  /** Cleaned description: XML-invalid characters removed, whitespace collapsed. Not yet escaped. */
  text: string;
  lower: string;
  kind: ImageKind | AudioKind;
  family: Family | "audio";
  width: number;
  height: number;
  seed: number;
  /** Colours named in the prompt, as #rrggbb, in order of appearance. */
  colors: string[];
  /** A colour explicitly asked for as the background ("on a navy background"). */
  background?: string;
  style: PaletteStyle;
  dark: boolean;
  warmth: "warm" | "cool" | "neutral";
  brandBlue: boolean;
  /** "3 cards" -> { card: 3 }. Keys are singular nouns. */
  counts: Record<string, number>;
  /** Quoted strings, in order: they become visible labels. */
  labels: string[];
  /** Enumerations such as "steps: plan, build, ship" or "plan -> build -> ship". */
  list: string[];
  /** Numbers left over after sizes, counts, durations etc. are taken out, with a label when one precedes. */
  data: Datum[];
  mood: Mood;
  /** A proper name written in the prompt ("for Ada Lovelace", "called Nimbus"), else undefined. */
  name?: string;
  durationFromText?: number;
  tempo?: number;
  frequencies: number[];
  words: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  single: 1, pair: 2, couple: 2, few: 3, several: 5,
};

// Countable nouns and their canonical singular.
const NOUNS: Record<string, string> = {
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

const RATIOS = new Set(["1:1", "4:3", "3:4", "3:2", "2:3", "16:9", "9:16", "16:10", "10:16", "21:9", "9:21",
  "4:5", "5:4", "2:1", "1:2", "3:1", "1:3", "9:19.5", "19.5:9"]);

const DEFAULT_SIZE: Record<Family, [number, number]> = {
  ui: [1280, 800], chart: [960, 600], diagram: [1200, 720], icon: [512, 512], pattern: [1200, 800],
  scene: [1600, 900], avatar: [512, 512], abstract: [1200, 800],
};

export interface ParseOptions { width?: number; height?: number; seed?: number; duration_s?: number }

const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

export function parse(description: string, mediaType: MediaType, opts: ParseOptions = {}): Plan {
  // Cap the working text: layout only needs the start, and it bounds regex work on hostile input.
  const text = cleanText(String(description ?? "")).slice(0, 4000);
  const lower = text.toLowerCase();
  // Regions of the prompt already explained (sizes, durations, colours...). Their numbers are not data.
  let rest = lower;
  const consume = (re: RegExp) => { rest = rest.replace(re, " "); };

  const labels = [...text.matchAll(/["“”«»„]([^"“”«»„]{1,80})["“”«»„]/g)].map((m) => m[1]!.trim()).filter(Boolean);
  consume(/["“”«»„][^"“”«»„]{1,80}["“”«»„]/g);

  const colors: string[] = [];
  let background: string | undefined;
  for (const m of lower.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/g)) colors.push(expandHex(m[1]!));
  consume(/#([0-9a-f]{6}|[0-9a-f]{3})\b/g);
  const words = lower.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  // "brand blue" is a palette word with its own shade, not the CSS keyword blue.
  collectNamedColors(lower.replace(/\bbrand blue\b/g, " ").match(/[\p{L}\p{N}'-]+/gu) ?? [], colors);
  const bgMatch = lower.match(/(#[0-9a-f]{3,6}|\b[a-z]+(?: [a-z]+)?) (?:background|backdrop|bg)\b/);
  if (bgMatch) background = colorFromPhrase(bgMatch[1]!);

  // Size: explicit options win, then "1920x1080", then an aspect ratio or orientation word.
  let width: number | undefined, height: number | undefined;
  const dims = lower.match(/\b(\d{2,4})\s*[x×]\s*(\d{2,4})\b/);
  if (dims) { width = +dims[1]!; height = +dims[2]!; }
  consume(/\b\d{2,4}\s*[x×]\s*\d{2,4}\b/g);
  let ratio: number | undefined;
  for (const m of lower.matchAll(/\b(\d{1,2}(?:\.\d)?)\s*:\s*(\d{1,2}(?:\.\d)?)\b/g)) {
    if (RATIOS.has(`${m[1]}:${m[2]}`)) { ratio = +m[1]! / +m[2]!; rest = rest.replace(m[0], " "); break; }
  }
  if (ratio === undefined) {
    if (/\b(square|1 ?by ?1|instagram post)\b/.test(lower)) ratio = 1;
    else if (/\b(portrait|vertical|story|stories|tall)\b/.test(lower)) ratio = 3 / 4;
    else if (/\b(landscape (format|orientation|mode)|widescreen|wide|banner|header)\b/.test(lower)) ratio = /\b(banner|header)\b/.test(lower) ? 3 : 16 / 9;
  }

  const durMatch = lower.match(/(\d+(?:\.\d+)?)\s*-?\s*(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/);
  let durationFromText: number | undefined;
  if (durMatch) {
    const v = +durMatch[1]!, unit = durMatch[2]!;
    durationFromText = unit.startsWith("m") && unit !== "ms" && !unit.startsWith("mil") ? v * 60 : unit === "ms" || unit.startsWith("mil") ? v / 1000 : v;
    consume(/(\d+(?:\.\d+)?)\s*-?\s*(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/g);
  }
  const tempoMatch = lower.match(/(\d{2,3})\s*bpm\b/);
  const tempo = tempoMatch ? +tempoMatch[1]! : undefined;
  consume(/\d{2,3}\s*bpm\b/g);
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
  consume(/(\d+(?:\.\d+)?)\s*(k?hz)\b/g);
  consume(/\b\d+-?bit\b/g);

  const counts: Record<string, number> = {};
  const countRe = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|single|pair|couple|few|several)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)\b/g;
  for (const m of rest.matchAll(countRe)) {
    const noun = NOUNS[m[2]!];
    if (!noun || counts[noun] !== undefined) continue;
    const n = NUMBER_WORDS[m[1]!] ?? +m[1]!;
    counts[noun] = Math.min(64, Math.max(1, n));
    rest = rest.replace(m[0], " ");
  }

  const list = parseList(text);
  const data = parseData(rest);
  const kind = mediaType === "audio" ? detectAudioKind(lower) : detectImageKind(lower);
  const family = mediaType === "audio" ? "audio" : familyOf(kind as ImageKind);

  const style: PaletteStyle = /\b(pastel|soft colou?rs?|muted)\b/.test(lower) ? "pastel"
    : /\b(monochrome|monochromatic|grayscale|greyscale|black and white|b&w|minimal(ist)?)\b/.test(lower) ? "monochrome"
    : /\b(vibrant|neon|bold|colou?rful|bright|saturated|vivid|rainbow|playful)\b/.test(lower) ? "vibrant" : "default";
  const dark = /\b(dark( mode| theme| ui)?|night|midnight|black background|noir|dim)\b/.test(lower) && !/\blight (mode|theme)\b/.test(lower)
    || (background !== undefined && isDarkHex(background));
  const warmth = /\b(warm|autumn|fall|fire|sunny|earthy|orange|cozy)\b/.test(lower) ? "warm"
    : /\b(cool|cold|icy|winter|ocean|arctic|calm)\b/.test(lower) ? "cool" : "neutral";

  let w: number, h: number;
  if (opts.width !== undefined || opts.height !== undefined) {
    const def = DEFAULT_SIZE[family === "audio" ? "abstract" : family];
    const r = ratio ?? def[0] / def[1];
    w = opts.width ?? Math.round((opts.height as number) * r);
    h = opts.height ?? Math.round((opts.width as number) / r);
  } else if (width !== undefined && height !== undefined) {
    w = width; h = height;
  } else {
    const def = kind === "mobile-app" ? [390, 844] as [number, number] : DEFAULT_SIZE[family === "audio" ? "abstract" : family];
    if (ratio === undefined) { w = def[0]; h = def[1]; }
    else { const long = Math.max(def[0], def[1]); w = ratio >= 1 ? long : Math.round(long * ratio); h = ratio >= 1 ? Math.round(long / ratio) : long; }
  }

  return {
    mediaType,
    text,
    lower,
    kind,
    family,
    width: clampInt(w, 64, 4096),
    height: clampInt(h, 64, 4096),
    seed: opts.seed === undefined || !Number.isFinite(opts.seed) ? -1 : Math.floor(Math.abs(opts.seed)) % 4294967296,
    colors: dedupe(colors).slice(0, 8),
    background,
    style,
    dark,
    warmth,
    brandBlue: /\bbrand blue\b|\bcorporate\b/.test(lower),
    counts,
    labels: labels.slice(0, 32),
    list: list.slice(0, 24),
    data: data.slice(0, 24),
    mood: detectMood(lower),
    name: findName(text),
    durationFromText,
    tempo,
    frequencies,
    words,
  };
}

function expandHex(h: string): string {
  return "#" + (h.length === 3 ? h.replace(/./g, (c) => c + c) : h);
}

function isDarkHex(hex: string): boolean {
  return luminance(hex) < 0.2;
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

function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

const LIST_HEAD = /\b(?:steps|stages|phases|labels?|items|nodes|topics|milestones|sections|tabs|menu|columns|fields|options|categories|branches|ideas|team|people|members|events|tasks|features|links|nav(?:igation)?|roles|headers|headings|names|series|legend|flow|process|chain)\s*[:=]\s*([^.;\n]+)/i;
// Split by hand rather than with one chain regex: a lazy, nested pattern backtracks quadratically on long
// prompts without separators (10,000 characters took ~40 ms).
const ARROW = /\s*(?:->|→|=>|⇒|\s>\s)\s*/;
const CHAIN_LEAD = /^(?:(?:a|an|the|simple|linear|flow ?chart|flow|diagram|process|pipeline|workflow|steps?|of|showing|with|for)\s+)+/i;

/** "steps: plan, build and ship" or "plan -> build -> ship" -> ["plan", "build", "ship"]. */
function parseList(text: string): string[] {
  for (const clause of text.split(/[,.;:\n]/)) {
    if (!ARROW.test(clause)) continue;
    const parts = clause.split(ARROW).map((p, i) => tidyItem(i === 0 ? p.replace(CHAIN_LEAD, "") : p)).filter(Boolean);
    if (parts.length >= 2) return parts;
  }
  const head = text.match(LIST_HEAD);
  if (head) {
    const parts = head[1]!.split(/\s*,\s*|\s+and\s+|\s*\/\s*|\s*\|\s*/).map(tidyItem).filter(Boolean);
    if (parts.length >= 1) return parts;
  }
  return [];
}

function tidyItem(s: string): string {
  return s.replace(/^(then|and|finally|first|next)\s+/i, "").replace(/["“”«»„]/g, "").trim().slice(0, 60);
}

const DATA_STOPWORDS = new Set(["pie", "donut", "doughnut", "chart", "bar", "bars", "graph", "line", "of", "with", "showing",
  "data", "values", "value", "a", "an", "the", "for", "and", "plot", "histogram", "in", "is", "at", "to", "on", "by", "numbers"]);

/** Numbers not consumed elsewhere become chart data; "Jan 12, Feb 19" keeps the month names as labels. */
function parseData(rest: string): Datum[] {
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

function detectMood(lower: string): Mood {
  if (/\b(sad|melanchol(y|ic)|somber|sombre|gloomy|lonely|tragic|sorrow|mournful|minor key|game over|lose|losing|defeat|rainy day)\b/.test(lower)) return "sad";
  if (/\b(scary|spooky|tense|suspense(ful)?|horror|creepy|mysterious|ominous|eerie)\b/.test(lower)) return "tense";
  if (/\b(energetic|exciting|epic|fast|intense|action|powerful|aggressive|driving|upbeat|hype)\b/.test(lower)) return "energetic";
  if (/\b(happy|cheerful|joyful|joy|bright|fun|playful|uplifting|victory|win|success|celebrat\w*|sunny|major key)\b/.test(lower)) return "happy";
  if (/\b(calm|relax(ing|ed)?|peaceful|soft|gentle|ambient|chill|serene|sleep(y)?|soothing|quiet|zen|lo-?fi)\b/.test(lower)) return "calm";
  return "neutral";
}

/** Capitalised words after "for", "named", "called"...: a brand or person to draw initials from. */
function findName(text: string): string | undefined {
  const m = text.match(/\b(?:for|named|called|of|reading|saying|initials|letters?|brand)\s+((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:&|\p{Lu}[\p{L}'’.&-]*)){0,3})/u);
  return m ? m[1]!.replace(/\s*&$/, "").trim() : undefined;
}
