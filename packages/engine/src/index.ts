// The free-tier procedural engine: description -> SVG image, animated SVG "video", or WAV audio.
// Pure and synchronous, no Worker APIs, so it runs identically in workerd, Node, tests and benchmarks.
import { makePalette } from "./palette";
import { parse, type Plan } from "./parse";
import { createRng, hashString } from "./random";
import type { Ctx, Composer } from "./composer";
import { svgDocument } from "./svg";
import { defaultAudioSeconds, renderAudio } from "./audio/index";
import { avatar } from "./kinds/avatar";
import { badge } from "./kinds/badge";
import { barChart } from "./kinds/bar-chart";
import { dashboard } from "./kinds/dashboard";
import { flowchart } from "./kinds/flowchart";
import { form } from "./kinds/form";
import { icon } from "./kinds/icon";
import { landingPage } from "./kinds/landing-page";
import { mobileApp } from "./kinds/mobile-app";
import { dots, geometric, gradient, noise, waves } from "./kinds/patterns";
import { scene } from "./kinds/scenes";
import { table } from "./kinds/table";
import { mindMap } from "./kinds/mind-map";
import { orgChart } from "./kinds/org-chart";
import { timeline } from "./kinds/timeline";
import { lineChart } from "./kinds/line-chart";
import { logo } from "./kinds/logo";
import { pieChart } from "./kinds/pie-chart";
import type { ImageKind } from "./detect";
import { TEMPLATE_COMPOSERS } from "./templates/index";
import { poster } from "./templates/poster";
import { illustration } from "./kinds/illustration";
import { parseArt, type Art, type ArtworkLookup } from "./subjects/artwork";
import { illustrationIcons, planIllustration } from "./subjects/plan";

export type { ArtworkLookup } from "./subjects/artwork";
export { ALL_ICONS } from "./subjects/lexicon";
/** How render() reaches things it does not own: subject artwork (see subjects/artwork.ts). */
export interface RenderEnv { artwork?: ArtworkLookup }

import type { MediaType } from "./media";
export { ENGINE_MEDIA_TYPES, type MediaType } from "./media";
export interface EngineOptions { width?: number; height?: number; seed?: number; duration_s?: number }
export interface EngineRequest { description: string; media_type: MediaType; options?: EngineOptions }
export interface EngineResult {
  bytes: Uint8Array;
  content_type: string;
  extension: string;
  kind: string;
  /** The template (composer) that drew an image or video, or the audio kind: what a relevance test checks. */
  template: string;
  /** Subject-library nouns drawn in the picture, in order; empty for templates and audio. */
  subjects: string[];
  width?: number;
  height?: number;
  duration_s?: number;
  /** The seed actually used (derived from the description when none was given). */
  seed: number;
  /** Audio only: samples per second of the WAV. */
  sample_rate?: number;
}


const COMPOSERS: Partial<Record<ImageKind, Composer>> = {
  avatar,
  dashboard,
  "landing-page": landingPage,
  "mobile-app": mobileApp,
  form,
  table,
  "bar-chart": barChart,
  "line-chart": lineChart,
  "pie-chart": pieChart,
  flowchart,
  timeline,
  "org-chart": orgChart,
  "mind-map": mindMap,
  icon,
  logo,
  badge,
  landscape: scene,
  mountains: scene,
  sea: scene,
  sunset: scene,
  "night-sky": scene,
  "city-skyline": scene,
  forest: scene,
  gradient,
  waves,
  dots,
  noise,
  geometric,
  ...TEMPLATE_COMPOSERS,
};

const encoder = new TextEncoder();

export function render(req: EngineRequest, env: RenderEnv = {}): EngineResult {
  const media = req.media_type === "video" || req.media_type === "audio" ? req.media_type : "image";
  const opts = sanitizeOptions(req.options);
  const plan = parse(req.description, media, opts);
  // Same description + seed -> same bytes; no seed -> derived from the description so repeats are stable.
  const seed = plan.seed >= 0 ? plan.seed : hashString(plan.text);
  if (media === "audio") {
    const seconds = clampDuration(opts.duration_s ?? plan.durationFromText ?? defaultAudioSeconds(plan), 0.5);
    const { bytes, sampleRate } = renderAudio(plan, seed, seconds);
    return { bytes, content_type: "audio/wav", extension: "wav", kind: plan.kind, template: plan.kind, subjects: [], duration_s: seconds, sample_rate: sampleRate, seed };
  }
  return renderSvg(plan, seed, media === "video" ? clampDuration(opts.duration_s ?? plan.durationFromText ?? 5, 1) : undefined, env);
}

/**
 * The artwork files render() will read for this request (icon names, e.g. "cat"), so a host that loads them
 * asynchronously (the worker's ASSETS binding) can fetch exactly those first. Empty for audio and for pictures
 * that use no subject artwork.
 */
export function artworkNeeded(req: EngineRequest): string[] {
  const media = req.media_type === "video" || req.media_type === "audio" ? req.media_type : "image";
  if (media === "audio") return [];
  const plan = parse(req.description, media, sanitizeOptions(req.options));
  return usesSubjects(plan) ? illustrationIcons(planIllustration(plan)) : [];
}

// Kinds drawn as illustrations: every scene, and the fallback whenever the prompt names a subject. Logos and
// icons take their mark from the subject library too.
// Posters (asked for, or the fallback) carry the subject as their mark, recipe cards the dish.
const ART_TEMPLATES = new Set(["poster", "recipe"]);
const SCENE_KINDS = new Set(["landscape", "mountains", "sea", "sunset", "night-sky", "city-skyline", "forest", "abstract"]);
function usesSubjects(plan: Plan): boolean {
  return SCENE_KINDS.has(plan.kind) || ART_TEMPLATES.has(plan.kind) || plan.kind === "logo" || plan.kind === "icon" || !COMPOSERS[plan.kind as ImageKind] || thingNotScreen(plan);
}

// Words that also name a template but here name a thing: "a cup of tea on a table" (furniture, not a data
// table), "a smartphone on a desk" (a device, not an app screen).
function thingNotScreen(plan: Plan): boolean {
  const l = plan.lower;
  if (plan.kind === "table") return /\b(on|at|by|under|around|beside|across) (a|the|my|our|his|her)?\s?([a-z]+ )?table\b/.test(l) && !/\b(tables? of|data|rows?|columns?|spreadsheet)\b/.test(l);
  if (plan.kind === "mobile-app") return !/\b(apps?|screens?|ui|ux|interface|mock-?ups?|wireframes?|pages?|log ?in|sign ?(up|in)|onboarding|layout|design)\b/.test(l);
  return false;
}

function renderSvg(plan: Plan, seed: number, dur: number | undefined, env: RenderEnv = {}): EngineResult {
  const rng = createRng(seed, plan.text);
  const pal = makePalette(plan, rng.fork("palette"));
  const prefix = "e" + (hashString(plan.text, seed) % 46656).toString(36);
  const ctx: Ctx = { plan, pal, rng: rng.fork("compose"), w: plan.width, h: plan.height, dur, id: (s) => `${prefix}-${s}` };
  const kind = plan.kind as ImageKind;
  // Nothing matched: a designed poster titled with the prompt's own words (templates/poster.ts).
  let compose = COMPOSERS[kind] ?? poster;
  let found: string[] = [];
  if (usesSubjects(plan)) {
    const memo = new Map<string, Art | undefined>();
    const lookup = env.artwork;
    ctx.art = (name) => { if (!memo.has(name)) memo.set(name, lookup ? parseArt(lookup(name)) : undefined); return memo.get(name); };
    const ill = planIllustration(plan);
    found = ill.mentions.map((m) => m.def.id);
    // Scenes always; the fallback only when a subject was recognised (and its artwork is at hand).
    // A named place or condition with nothing in it ("a rainy street", "a picnic in the park") is a scene too.
    const st = ill.setting;
    const place = st.park || st.far.length > 0 || st.backdrop !== "outdoor" && st.backdrop !== "plain" || st.ground !== "grass" && st.ground !== "none" || st.weather !== "clear" || !!st.season;
    if (SCENE_KINDS.has(kind) && kind !== "abstract" || (ill.mentions.length > 0 && ill.icons.some((i) => ctx.art!(i))) || kind === "abstract" && place) {
      if (kind === "abstract" || SCENE_KINDS.has(kind) || thingNotScreen(plan) && ill.mentions.length > 0) compose = illustration;
    }
  }
  const d = compose(ctx);
  // A prompt that fell back to the abstract kind but named subjects is an illustration of them; with none, a poster.
  const template = compose === poster ? "poster" : compose === illustration && (kind === "abstract" || d.subjects?.length) ? "illustration" : kind;
  const subjects = d.subjects ?? (compose === illustration ? found : []);
  const svg = svgDocument({
    width: plan.width,
    height: plan.height,
    title: plan.text || "Generated image",
    desc: `${plan.text} (${d.summary}${dur ? `; ${dur} s loop` : ""}; procedurally generated)`,
    defs: d.defs,
    style: d.style,
    body: d.body,
    // Script-free metadata a test (or a curious user) can read back from the file itself.
    data: { template, subjects: subjects.join(",") },
  });
  return {
    bytes: encoder.encode(svg),
    content_type: "image/svg+xml",
    extension: "svg",
    kind: template,
    template,
    subjects,
    width: plan.width,
    height: plan.height,
    duration_s: dur,
    seed,
  };
}

/** Seconds within [min, 30], to a tenth: the loop length is printed into the SVG and sizes the WAV. */
function clampDuration(d: number, min: number): number {
  return Math.round(Math.min(30, Math.max(min, Number.isFinite(d) ? d : 3)) * 10) / 10;
}

/** The API validates, but the engine is also called from scripts and tests: never trust the numbers. */
function sanitizeOptions(o: EngineOptions | undefined): EngineOptions {
  const num = (v: unknown, lo: number, hi: number, int: boolean) =>
    typeof v === "number" && Number.isFinite(v) ? Math.min(hi, Math.max(lo, int ? Math.round(v) : v)) : undefined;
  return {
    width: num(o?.width, 64, 4096, true),
    height: num(o?.height, 64, 4096, true),
    seed: num(o?.seed, 0, 4294967295, true),
    duration_s: num(o?.duration_s, 0.5, 30, false),
  };
}
