// What an illustration will draw, decided from the words alone (no randomness), so the worker can ask for exactly
// the artwork files a request needs before the engine runs: subjects, setting, decorations and person variants.
import type { Plan } from "../parse";
import { findSubjects, type Mention, type PersonLook } from "./find";
import { readSetting, type Setting } from "./setting";

export interface Illustration {
  mentions: Mention[];
  setting: Setting;
  /** One person alone with no setting: drawn as a head-and-shoulders portrait. */
  portrait: boolean;
  /** Icon name per mention (people resolved to their variant), same order as mentions. */
  icons: string[];
  decor: string[];
  verb?: Verb;
}

export type Verb = "spin" | "bounce" | "pan" | "zoom" | "grow" | "fade" | "type" | "pulse" | "orbit" | "drift" | "fall" | "fly" | "drive" | "swim" | "walk" | "rise";

const VERBS: [Verb, RegExp][] = [
  ["spin", /\b(spin(s|ning)?|rotat(e|es|ing|ion)|twirl(s|ing)?|whirl(s|ing)?|loading|spinner|revolving door)\b/],
  ["bounce", /\b(bounc(e|es|ing|y)|jump(s|ing)?|hop(s|ping)?|dribbl(e|ing))\b/],
  ["pan", /\b(drone (shot|footage|view|video)|aerial|fly ?over|bird'?s[- ]eye|pan(s|ning)?|tracking shot|dolly)\b/],
  ["zoom", /\b(zoom(s|ing)?( in| out)?|push[- ]in|ken burns)\b/],
  ["grow", /\b(grow(s|ing)?|sprout(s|ing)?|bloom(s|ing)?|blossoming|expand(s|ing)?)\b/],
  ["type", /\b(typ(e|es|ing)|typewriter|text appear(s|ing)?)\b/],
  ["fade", /\b(fad(e|es|ing)( in| out)?|dissolv(e|es|ing))\b/],
  ["pulse", /\b(puls(e|es|ing|ating)|beat(s|ing)?|heartbeat|throb(s|bing)?|breath(e|es|ing))\b/],
  ["orbit", /\b(orbit(s|ing)?|circl(e|es|ing) around|revolv(e|es|ing))\b/],
  ["fall", /\b(fall(s|ing)|drop(s|ping)?|tumbl(e|es|ing)|rain(s|ing)? down)\b/],
  ["drift", /\b(drift(s|ing)?|float(s|ing)?|hover(s|ing)?|sway(s|ing)?|bob(s|bing)?)\b/],
  ["fly", /\b(fly(ing)?|flies|soar(s|ing)?|flap(s|ping)?|glid(e|es|ing))\b/],
  ["drive", /\b(driv(e|es|ing)|rac(e|es|ing)|speed(s|ing)?|zoom(s|ing)? past|rid(e|es|ing))\b/],
  ["swim", /\b(swim(s|ming)?)\b/],
  ["walk", /\b(walk(s|ing)?|run(s|ning)?|stroll(s|ing)?|trot(s|ting)?|gallop(s|ing)?|play(s|ing)?)\b/],
  ["rise", /\b(ris(e|es|ing)|launch(es|ing)?|lift(s|ing)? ?off|take(s)? off|ascend(s|ing)?)\b/],
];

export function readVerb(lower: string): Verb | undefined {
  for (const [v, re] of VERBS) if (re.test(lower)) return v;
  return undefined;
}

// One plan is read by render(), the composer and the mark helpers: work it out once.
const memo = new WeakMap<Plan, Illustration>();

export function planIllustration(plan: Plan): Illustration {
  let ill = memo.get(plan);
  if (!ill) memo.set(plan, (ill = readIllustration(plan)));
  return ill;
}

function readIllustration(plan: Plan): Illustration {
  let mentions = findSubjects(plan.lower);
  const setting = readSetting(plan.lower, plan.kind, mentions);
  // Stars and the moon in a night sky, the sun in a daytime one: the setting draws them, they are not subjects.
  if (setting.backdrop === "outdoor" || setting.backdrop === "space") {
    mentions = mentions.filter((m) => !((m.def.id === "star" || m.def.id === "moon") && setting.time === "night" && !m.color && setting.backdrop === "outdoor") &&
      !(m.def.id === "star" && setting.backdrop === "space"));
  }
  const people = mentions.filter((m) => m.person);
  const portrait = mentions.length === 1 && people.length === 1 && mentions[0]!.count === 1 &&
    (setting.backdrop === "plain" || (setting.backdrop === "outdoor" && setting.far.length === 0 && !setting.park && setting.ground === "grass" &&
      setting.weather === "clear" && !setting.season) || /\b(portrait|headshot|selfie|face)\b/.test(plan.lower));
  if (portrait) { setting.backdrop = "plain"; setting.ground = "none"; setting.name = "portrait"; }
  const icons = mentions.map((m) => (m.person ? personIcon(m.person, portrait) : m.def.icon));
  const decor = decorFor(setting, mentions);
  for (const m of mentions) if (m.person && m.count > 1 && m.person.gender === "person" && !portrait) decor.push(`woman-${m.person.pose}`, `man-${m.person.pose}`);
  if (portrait && mentions[0]!.person!.glasses) decor.push("glasses");
  if (portrait && mentions[0]!.person!.sunglasses) decor.push("sunglasses");
  return { mentions, setting, portrait, icons, decor, verb: plan.mediaType === "video" ? readVerb(plan.lower) : undefined };
}

/** The Fluent variant for a person: full figure in scenes (pose), head for portraits (hair, age). */
export function personIcon(p: PersonLook, portrait: boolean): string {
  const g = p.gender;
  if (!portrait) {
    if (p.pose === "walking") return `${g}-walking`;
    if (p.pose === "running") return `${g}-running`;
    return `${g}-standing`;
  }
  if (p.age === "baby") return "baby";
  if (p.age === "child") return g === "woman" ? "girl" : g === "man" ? "boy" : "child";
  if (p.age === "old") return g === "woman" ? "old-woman" : g === "man" ? "old-man" : "older-person";
  switch (p.hair) {
    case "blonde": return `${g}-blonde-hair`;
    case "red": return g === "man" ? "man-red-hair" : "woman-red-hair";
    case "curly": return g === "man" ? "man-curly-hair" : "woman-curly-hair";
    case "white": return g === "man" ? "man-white-hair" : "woman-white-hair";
    case "bald": return `${g}-bald`;
    case "beard": return g === "woman" ? "person-beard" : `${g}-beard`;
    default: return g;
  }
}

/** Decoration icons a setting uses (deterministic: the drawing picks among exactly these). */
export function decorFor(s: Setting, mentions: Mention[]): string[] {
  const d: string[] = [];
  const subj = new Set(mentions.map((m) => m.def.icon));
  if (s.style === "minimal" || s.style === "blueprint") return d;
  if (s.backdrop === "outdoor") {
    if (s.park || s.name === "meadow") d.push(s.season === "winter" ? "evergreen-tree" : "deciduous-tree", "herb");
    if ((s.park || s.name === "meadow") && (s.season === "spring" || s.season === "summer" || !s.season) && s.ground === "grass") d.push("blossom", "tulip");
    if (s.season === "autumn") d.push("fallen-leaf", "maple-leaf");
    if (s.ground === "sand") d.push("palm-tree", "umbrella-on-ground");
  } else if (s.backdrop === "underwater") {
    d.push("coral");
    if (!subj.has("tropical-fish")) d.push("tropical-fish");
    d.push("fish");
  } else if (s.backdrop === "space") {
    if (!subj.has("ringed-planet")) d.push("ringed-planet");
  } else if (s.backdrop === "room") {
    d.push("potted-plant");
    if (!s.window) d.push("framed-picture");
  }
  return d.filter((x) => !subj.has(x) || x === "coral");
}

/** Every artwork file this plan will read. */
export function illustrationIcons(ill: Illustration): string[] {
  return [...new Set([...ill.icons, ...ill.decor])];
}
