// Turns a free-text description into a Plan: what to draw (kind), how big, which colours, counts, labels,
// data and mood. Each fact comes from one small extractor in parse/; this file only composes them, in the
// order that matters (extractors that explain a number consume it, so what is left over is chart data).
// Keyword and regex parsing is deliberate: NLP libraries cost 30-140 KB and the prompts we get are short
// and noun-heavy.
import { detectAudioKind, detectImageKind, familyOf, type AudioKind, type Family, type ImageKind } from "./detect";
import { colorsOf } from "./parse/colors";
import { countsOf } from "./parse/counts";
import { deviceOf, type Device } from "./parse/device";
import { groupsOf, type Group } from "./parse/groups";
import { listOf } from "./parse/lists";
import { nameOf } from "./parse/names";
import { dataOf, type Datum } from "./parse/numbers";
import { quotedLabels } from "./parse/quoted";
import { scan } from "./parse/scan";
import { resolveSize, sizeWords } from "./parse/size";
import { timingOf } from "./parse/timing";
import { isDark, moodOf, styleOf, warmthOf, type Mood, type PaletteStyle } from "./parse/tone";

export type { Datum, Device, Group, Mood, PaletteStyle };
export type MediaType = "image" | "video" | "audio";

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
  /** Counted things of any noun, in order: "three engineers" -> { count: 3, noun: "engineer" }. */
  groups: Group[];
  /** The screen a UI template is drawn on: "weather app" is a phone, "pricing page" a desktop. */
  device: Device;
  /** The prompt's own words, in order: quoted strings and "says/titled/labelled ..." phrases. */
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

export interface ParseOptions { width?: number; height?: number; seed?: number; duration_s?: number }

export function parse(description: string, mediaType: MediaType, opts: ParseOptions = {}): Plan {
  const s = scan(description);
  const { text, lower } = s;
  const labels = quotedLabels(s);
  const { colors, background } = colorsOf(s);
  const size = sizeWords(s);
  const timing = timingOf(s);
  const counts = countsOf(s);
  const kind = mediaType === "audio" ? detectAudioKind(lower) : detectImageKind(lower);
  const family = mediaType === "audio" ? "audio" : familyOf(kind as ImageKind);
  const device = deviceOf(lower);
  const [width, height] = resolveSize(size, kind, family, opts, device, lower);
  return {
    mediaType,
    text,
    lower,
    kind,
    family,
    width,
    height,
    seed: opts.seed === undefined || !Number.isFinite(opts.seed) ? -1 : Math.floor(Math.abs(opts.seed)) % 4294967296,
    colors: [...new Set(colors)].slice(0, 8),
    background,
    style: styleOf(lower),
    dark: isDark(lower, background),
    warmth: warmthOf(lower),
    brandBlue: /\bbrand blue\b|\bcorporate\b/.test(lower),
    counts,
    groups: groupsOf(lower),
    device,
    labels: labels.slice(0, 32),
    list: listOf(text).slice(0, 24),
    data: dataOf(s.rest).slice(0, 24),
    mood: moodOf(lower),
    name: nameOf(text),
    ...timing,
    words: lower.match(/[\p{L}\p{N}'-]+/gu) ?? [],
  };
}
