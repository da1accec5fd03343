// Finds the subjects a prompt names ("two red cars", "a smiling woman with glasses in a blue jacket", "a small
// cat on the left") with the words that describe each: count, colour, size, position and person attributes.
// Keyword parsing on purpose (shared/free-engine-libs.md): a phrase table and a few local rules.
import { namedColor } from "../color";
import { PHRASES, type SubjectDef } from "./lexicon";

export type Position = "left" | "right" | "center" | "top" | "bottom" | "top-left" | "top-right" | "bottom-left" | "bottom-right";

export interface PersonLook {
  gender: "person" | "woman" | "man";
  age: "adult" | "child" | "baby" | "old";
  hair?: "blonde" | "red" | "curly" | "white" | "bald" | "beard";
  glasses: boolean;
  sunglasses: boolean;
  clothing?: string;
  pose: "standing" | "walking" | "running";
}

export interface Mention {
  def: SubjectDef;
  /** The words that named it, as written ("kittens", "coffee cup"). */
  word: string;
  /** Token index in the prompt, for ordering and relations. */
  at: number;
  count: number;
  color?: string;
  size: number;
  position?: Position;
  person?: PersonLook;
  /** Another mention this one rests on ("a cat on a sofa"). */
  on?: Mention;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, lone: 1, two: 2, pair: 2, couple: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 4, many: 6, lots: 6, some: 3, dozens: 10, flock: 5, school: 6,
  herd: 5, group: 4, crowd: 7, bunch: 4, family: 4,
};

const SIZE_WORDS: Record<string, number> = {
  tiny: 0.55, little: 0.75, small: 0.7, mini: 0.65, baby: 0.75, big: 1.35, large: 1.35, huge: 1.6, giant: 1.7, enormous: 1.7, massive: 1.6, tall: 1.3,
};

// Words that are subjects only when a determiner, number or adjective introduces them ("a key", not "key features").
const NEEDS_INTRO = new Set(["key", "bank", "plant", "cycle", "fire", "idea", "mic", "money", "letter", "seal", "bag", "cab", "bowl", "tower",
  "cone", "chips", "monitor", "notebook", "bulb", "lamp", "temperature", "cup", "paint", "home", "store", "shop", "cafe", "café", "restaurant",
  "bakery", "library", "temple", "palace", "arena", "game", "school", "star", "stars", "loader", "spinner", "orange", "rose", "mouse", "bot",
  "android", "desktop", "present", "glasses", "palm", "leaf", "ball", "plane", "jet", "bike", "tree", "trees", "flower", "flowers", "cloud",
  "clouds", "sun", "moon", "rain", "snow", "thunder", "lightning", "cake", "candy", "sweets", "juice", "milk", "tea", "chocolate", "wine", "beer",
  "sun", "planet", "earth", "globe", "bread", "egg", "eggs", "heart", "diamond", "crown", "hat"]);
const INTRO = /^(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|few|several|of|with|and|his|her|their|my|our|your|big|small|little|tiny|large|huge|giant|cute|red|blue|green|yellow|orange|purple|pink|black|white|brown|gray|grey|golden|old|new|hot|cold|fresh|steaming|wooden|shiny|round|tall|full|single|lone|flying|floating|bouncing|spinning|rolling|shining|bright|glowing|smiling|happy|sleeping|running|walking|jumping|swimming|playing|green|glass|potted|wild|paper|crescent|full|rising|setting|birthday|chocolate|coffee|at|on|in|under|over|into|onto|near|by|behind|beside|like|loading)$/;

// Colour adjectives that are also nouns in the lexicon ("orange", "rose") are colours when a subject follows.
const HAIR: [RegExp, PersonLook["hair"]][] = [
  [/\b(blonde?|fair[- ]haired|golden hair)\b/, "blonde"], [/\b(red[- ]?hair(ed)?|redhead|ginger)\b/, "red"], [/\bcurly\b/, "curly"],
  [/\b(white|gr[ae]y|silver)[- ]haired\b|\b(white|gr[ae]y|silver) hair\b/, "white"], [/\bbald\b/, "bald"], [/\bbeard(ed)?\b/, "beard"],
];
const CLOTHES = /\b(?:in|wearing|with|dressed in)\s+(?:a|an|the)?\s*([a-z]+(?:\s[a-z]+)?)\s+(shirt|t-shirt|tshirt|dress|jacket|coat|hoodie|sweater|jumper|top|suit|clothes|outfit|uniform|raincoat|scarf|skirt)\b/;
const STOP = new Set([",", ".", ";", "and", "with", "while", "but", "or", "next", "beside", "near"]);

interface Tok { w: string; i: number }

export function findSubjects(lower: string): Mention[] {
  const toks: Tok[] = (lower.match(/[a-z0-9'-]+|[,.;]/g) ?? []).map((w, i) => ({ w, i }));
  const out: Mention[] = [];
  const used = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    if (used.has(i)) continue;
    let hit: { def: SubjectDef; len: number; phrase: string } | undefined;
    for (let len = 4; len >= 1 && !hit; len--) {
      if (i + len > toks.length) continue;
      const phrase = toks.slice(i, i + len).map((t) => t.w).join(" ");
      const def = PHRASES.get(phrase);
      if (def) hit = { def, len, phrase };
    }
    if (!hit) continue;
    const prev = toks[i - 1]?.w ?? "";
    const next = toks[i + hit.len]?.w ?? "";
    // A colour adjective that is also a noun ("orange cat", "rose garden") describes what follows.
    if (hit.len === 1 && namedColor(hit.phrase) && PHRASES.has(next)) continue;
    if (hit.len === 1 && NEEDS_INTRO.has(hit.phrase) && !INTRO.test(prev) && i > 0) continue;
    if (/^(couple|crowd|family|group)$/.test(hit.phrase) && next === "of") continue;
    // "coffee shop", "pizza place", "cat food": the noun before a place/qualifier word is not the subject itself,
    // but the logo/icon composer still wants it, so keep it and let the following noun win too.
    for (let k = 0; k < hit.len; k++) used.add(i + k);
    out.push(describe(toks, i, hit.len, hit.def, hit.phrase, lower));
  }
  relate(out, toks);
  return merge(dropQualifiers(out, toks));
}

function describe(toks: Tok[], i: number, len: number, def: SubjectDef, phrase: string, lower: string): Mention {
  let count = /s$/.test(phrase) && !/(ss|us|glasses|fries|chips|sweets|cherries|grapes|books|scissors|headphones|clothes)$/.test(phrase) && phrase !== def.words[0] ? 3 : 1;
  // Irregular plurals; "fish", "sheep" and "deer" are one unless a number says otherwise.
  if (["people", "children", "kids", "men", "women", "mice", "fishes", "babies", "ladies"].includes(phrase)) count = 3;
  if (["fish", "sheep", "deer"].includes(phrase)) count = 1;
  if (/^(family|families)$/.test(phrase)) count = 4; else if (phrase === "couple") count = 2; else if (phrase === "crowd") count = 7;
  let color: string | undefined, size = 1;
  // Look back over up to three modifiers, stopping at punctuation or another clause.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = toks[k]!.w;
    if (STOP.has(w)) break;
    if (/^\d{1,3}$/.test(w)) { count = Math.min(24, Math.max(1, +w)); break; }
    if (PHRASES.has(w) && !namedColor(w) && !(NUMBERS[w] !== undefined && toks[k + 1]?.w === "of")) break;
    if (NUMBERS[w] !== undefined) {
      // "some cheese", "lots of bread": a quantity word before a singular noun is still one thing.
      const vague = ["some", "many", "lots", "few", "several", "bunch", "group", "crowd"].includes(w);
      if (w !== "a" && w !== "an" && (!vague || count > 1)) count = NUMBERS[w]!;
      break;
    }
    if (SIZE_WORDS[w] && !(w === "baby" && def.cat === "person")) size *= SIZE_WORDS[w]!;
    const two = k > 0 ? namedColor(toks[k - 1]!.w + w) : undefined;
    const c = two ?? namedColor(w) ?? (w === "golden" ? "#f5b50a" : w === "gray" || w === "grey" ? "#8a8f98" : undefined);
    if (c && !color) color = c;
  }
  // "a car that is red", "a ball in red"
  const after = toks.slice(i + len, i + len + 3).map((t) => t.w);
  if (!color && (after[0] === "in" || (after[0] === "that" && after[1] === "is"))) {
    const c = namedColor(after[after[0] === "in" ? 1 : 2] ?? "");
    if (c) color = c;
  }
  const m: Mention = { def, word: phrase, at: i, count: Math.min(count, 24), color, size };
  if (def.cat === "person" && def.id === "person") {
    m.person = personLook(toks, i, phrase, lower);
    // Children and babies stand smaller than adults.
    if (m.person.age === "child") m.size *= 0.62; else if (m.person.age === "baby") m.size *= 0.4;
  }
  if (m.person?.clothing) m.color = m.person.clothing;
  m.position = positionNear(toks, i + len);
  return m;
}

function personLook(toks: Tok[], i: number, phrase: string, lower: string): PersonLook {
  // The clause around the person: attributes before ("a smiling blonde woman") and after ("with glasses").
  let a = i, b = i;
  while (a > 0 && !STOP.has(toks[a - 1]!.w) && i - a < 5) a--;
  while (b < toks.length - 1 && ![",", ".", ";"].includes(toks[b + 1]!.w) && b - i < 10) b++;
  const clause = toks.slice(a, b + 1).map((t) => t.w).join(" ");
  const gender: PersonLook["gender"] = /\b(woman|women|lady|ladies|girl|girls|she|her|mother|mom|grandma|grandmother)\b/.test(clause) ? "woman"
    : /\b(man|men|guy|boy|boys|he|his|father|dad|grandpa|grandfather)\b/.test(clause) ? "man" : "person";
  const age: PersonLook["age"] = /\b(bab(y|ies)|toddler|infant)\b/.test(phrase) ? "baby"
    : /\b(child|children|kids?|girl|girls|boy|boys)\b/.test(phrase) ? "child"
    : /\b(old|elderly|grand(ma|pa|mother|father)|senior)\b/.test(clause) ? "old" : "adult";
  let hair: PersonLook["hair"];
  for (const [re, h] of HAIR) if (re.test(clause)) { hair = h; break; }
  const cl = clause.match(CLOTHES) ?? lower.match(CLOTHES);
  let clothing: string | undefined;
  if (cl) {
    const words = cl[1]!.split(" ");
    clothing = namedColor(words.join("")) ?? namedColor(words[words.length - 1]!) ?? namedColor(words[0]!);
  }
  const pose: PersonLook["pose"] = /\b(run(s|ning)?|jog(s|ging)?|sprint(s|ing)?|race|racing)\b/.test(clause) ? "running"
    : /\b(walk(s|ing)?|stroll(s|ing)?|hik(e|es|ing))\b/.test(clause) ? "walking" : "standing";
  return { gender, age, hair, glasses: /\b(glasses|spectacles|specs)\b/.test(clause) && !/\bsunglasses\b/.test(clause),
    sunglasses: /\bsunglasses\b/.test(clause), clothing, pose };
}

function positionNear(toks: Tok[], from: number): Position | undefined {
  const s = toks.slice(from, from + 7).map((t) => t.w).join(" ");
  const m = s.match(/^(?:[a-z-]+ ){0,3}?(?:on|at|in|to) the (top|bottom|upper|lower)?\s?(left|right|center|centre|middle|top|bottom)\b/);
  if (!m) return undefined;
  const v = m[1] === "upper" ? "top" : m[1] === "lower" ? "bottom" : m[1];
  const h = m[2] === "centre" || m[2] === "middle" ? "center" : m[2]!;
  if (v && (h === "left" || h === "right")) return `${v}-${h}` as Position;
  return h as Position;
}

/** "a cat on a sofa", "a cup on the table": the first rests on the second. */
function relate(ms: Mention[], toks: Tok[]): void {
  for (let k = 0; k < ms.length - 1; k++) {
    const a = ms[k]!, b = ms[k + 1]!;
    const between = toks.slice(a.at + a.word.split(" ").length, b.at).map((t) => t.w);
    if (between.length <= 5 && /\b(on|onto|atop|upon)\b/.test(between.join(" ")) && !/\b(with|and|leaning|against|next|beside|near|by)\b/.test(between.join(" ")) &&
      (b.def.cat === "object" || b.def.cat === "building" || b.def.cat === "vehicle" || b.def.id === "tree") && b.def.size > a.def.size) a.on = b;
  }
}

/**
 * Words that name a thing but here only qualify another: "coffee shop" is about coffee (the shop is not drawn),
 * "a cup of tea" is tea, "a woman with glasses" wears them.
 */
function dropQualifiers(ms: Mention[], toks: Tok[]): Mention[] {
  const people = ms.filter((m) => m.person);
  return ms.filter((m, k) => {
    const prev = ms[k - 1], next = ms[k + 1];
    if (m.def.cat === "building" && prev && prev.at + prev.word.split(" ").length === m.at && /^(shop|store|cafe|café|restaurant|bakery|bank|library)s?$/.test(m.word)) return false;
    if (/^(cup|mug|glass|bowl|bottle)s?$/.test(m.word) && next && toks[m.at + 1]?.w === "of" && next.at === m.at + 2 && next.def.cat === "food") return false;
    if (prev && /bouquet|vase|basket|bowl|box|bag|plate/.test(prev.def.icon + " " + prev.word) && toks[m.at - 1]?.w === "of" && prev.at + prev.word.split(" ").length === m.at - 1 && prev.def.id !== "soup") return false;
    if (m.def.cat === "plant" && /^(forests?|woods|woodlands?|groves?|jungles?)$/.test(toks[m.at + m.word.split(" ").length]?.w ?? "")) return false;
    if ((m.def.icon === "glasses") && people.some((p) => p.person!.glasses || p.person!.sunglasses)) return false;
    return true;
  });
}

/** The same subject named twice ("a cat ... the cat") is one subject; counts add up only when both say a number. */
function merge(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Map<string, Mention>();
  for (const m of ms) {
    const key = m.def.id + (m.color ?? "") + (m.person ? m.person.gender + m.person.age : "");
    const prev = seen.get(key);
    if (prev && !m.color) continue;
    seen.set(key, m);
    out.push(m);
  }
  return out.slice(0, 12);
}
