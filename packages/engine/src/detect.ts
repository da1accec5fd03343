// The subjects the engine recognises, and the words that select each one. Order matters: the first rule
// that matches wins, so compound subjects ("dashboard with a bar chart", "login screen of a mobile app")
// resolve to the container, and generic words ("chart", "pattern") come after specific ones.
import { detectTemplate, isTemplate, type TemplateKind } from "./templates/rules";

export type ImageKind =
  | "avatar" | "dashboard" | "form" | "mobile-app" | "landing-page" | "table"
  | "pie-chart" | "line-chart" | "bar-chart"
  | "org-chart" | "mind-map" | "timeline" | "flowchart"
  | "badge" | "logo" | "icon"
  | "gradient" | "waves" | "dots" | "noise" | "geometric"
  | "sunset" | "night-sky" | "city-skyline" | "forest" | "sea" | "mountains" | "landscape"
  | "abstract"
  | TemplateKind;

export type AudioKind =
  | "chime" | "error" | "alert" | "beep"
  | "rain" | "wind" | "ocean"
  | "drums" | "jump" | "coin" | "laser" | "power-up" | "explosion"
  | "sweep" | "tone" | "melody"
  | "applause" | "whoosh" | "click" | "level-up" | "alarm" | "heartbeat" | "birds" | "footsteps" | "typing";

export type Family = "ui" | "chart" | "diagram" | "icon" | "pattern" | "scene" | "avatar" | "abstract";

const PATTERN_WORDS = /\b(pattern|background|backdrop|wallpaper|texture|tile[sd]?|seamless)\b/;

const IMAGE_RULES: [ImageKind, RegExp][] = [
  ["avatar", /\b(avatars?|profile (pic(ture)?|photo|image)|user ?pic|userpic|identicon|gravatar)\b/],
  ["dashboard", /\b(dashboards?|admin (panel|page|ui)|analytics (page|screen|view|ui)|control panel|kpis?)\b/],
  ["form", /\b(log ?in|sign[- ]?in|sign[- ]?up|register|registration|forms?|checkout|contact us|password|newsletter signup)\b/],
  ["mobile-app", /\b(mobile|phone|iphone|android|ios|smartphone|app screen|mobile app)\b/],
  ["landing-page", /\b(landing ?page|homepage|home ?page|website|web ?site|web ?page|hero section|marketing page|saas page)\b/],
  ["table", /\b(tables?|list ?view|spreadsheet|data ?grid|inbox|todo list|to-do list|leaderboard|list of)\b/],
  ["pie-chart", /\b(pie|donut|doughnut|ring chart|market share|proportions?)\b/],
  ["line-chart", /\b(line (chart|graph|plot)|trend(s|line)?|time ?series|sparklines?|over time|growth curve|stock (chart|price))\b/],
  ["bar-chart", /\b(bar (chart|graph)|bars|histogram|column chart)\b/],
  ["org-chart", /\b(org(anization(al)?|anisation(al)?)? ?chart|hierarchy|reporting lines|team structure|family tree|tree diagram)\b/],
  ["mind-map", /\b(mind ?maps?|brainstorm(ing)?|concept map|idea map)\b/],
  ["timeline", /\b(timelines?|roadmaps?|milestones?|history of|chronology|schedule)\b/],
  ["flowchart", /\b(flow ?charts?|flow diagram|diagrams?|workflows?|process(es)?|pipelines?|steps?|funnel|state machine|sequence)\b/],
  // Generic chart words come after the diagrams so "org chart" and "flow chart" are not bar charts.
  ["bar-chart", /\b(charts?|graphs?|plot|statistics|revenue|sales|metrics)\b/],
  ["badge", /\b(badges?|stickers?|seals?|emblems?|shields?|medals?|award|achievement)\b/],
  ["logo", /\b(logos?|logotype|brand ?mark|wordmark|monogram|brand identity)\b/],
  ["icon", /\b(icons?|glyphs?|favicons?|app icon|symbol|pictogram)\b/],
];

// Pattern kinds: chosen when the prompt says it is a background/pattern, or names the motif outright.
const PATTERN_RULES: [ImageKind, RegExp][] = [
  ["gradient", /\b(gradients?|ombre|blend|mesh|aurora)\b/],
  ["waves", /\b(waves?|wavy|ripples?|curves|flowing lines)\b/],
  ["dots", /\b(dots?|dotted|polka|halftone|spots|circles|bubbles)\b/],
  ["noise", /\b(noise|grain|grainy|static|texture|marble|clouds?)\b/],
  ["geometric", /\b(geometric|triangles?|hexagons?|polygons?|squares|grid|isometric|shapes|low ?poly|stripes|chevrons?)\b/],
];

const SCENE_RULES: [ImageKind, RegExp][] = [
  ["sunset", /\b(sunsets?|sunrises?|dusk|dawn|golden hour|twilight)\b/],
  ["night-sky", /\b(night ?sky|starry|stars|starfield|galaxy|milky way|moon(lit)?|constellations?|night)\b/],
  ["city-skyline", /\b(city|skyline|skyscrapers?|downtown|buildings|urban|metropolis)\b/],
  ["forest", /\b(forests?|trees|woods|woodland|pines?|jungle)\b/],
  ["sea", /\b(sea|ocean|beach|seascape|coast(line)?|shore|lake|island)\b/],
  ["mountains", /\b(mountains?|peaks?|alps|summit|ridge|volcano)\b/],
  ["landscape", /\b(landscape|hills?|meadows?|fields?|countryside|valley|desert|nature|scenery|prairie)\b/],
];

const DOCUMENTS = new Set(["invoice", "certificate", "ticket", "menu", "recipe", "checklist", "planner", "poster"]);

// "landscape" also names an orientation; only treat it as a scene when it is not "landscape format/mode".
const ORIENTATION_ONLY = /\blandscape (format|orientation|mode|layout|aspect)\b/g;

// Nouns that name the artefact outright. When several appear, the first one is the picture:
// "dashboard with a bar chart and a table" is a dashboard, "flow chart of the checkout process" a flowchart.
const STRONG: [ImageKind, RegExp][] = [
  ["avatar", /\b(avatars?|profile (pic(ture)?|photo|image)|identicon)\b/],
  ["dashboard", /\b(dashboards?|admin panel)\b/],
  ["landing-page", /\b(landing ?page|homepage|home ?page|website)\b/],
  ["form", /\b((log ?in|sign[- ]?in|sign[- ]?up|registration|checkout|contact) (form|screen|page)|forms?)\b/],
  ["mobile-app", /\b(mobile app|app screen|phone screen)\b/],
  ["table", /\b(tables?|list view|spreadsheet|data ?grid)\b/],
  ["pie-chart", /\b(pie|donut|doughnut) (chart|graph)\b/],
  ["pie-chart", /\bmarket shares?\b/],
  ["bar-chart", /\bgraphs? (of|showing) (?!.*\b(over time|trends?|growth|prices?)\b)/],
  ["line-chart", /\bline (chart|graph|plot)\b/],
  ["bar-chart", /\b(bar (chart|graph)|histogram|column chart)\b/],
  ["org-chart", /\b(org(anization(al)?|anisation(al)?)? ?chart)\b/],
  ["mind-map", /\bmind ?maps?\b/],
  ["timeline", /\b(timelines?|roadmaps?)\b/],
  ["flowchart", /\b(flow ?charts?|flow diagram)\b/],
  ["logo", /\blogos?\b/],
  ["badge", /\bbadges?\b/],
  ["icon", /\b(icons?|favicons?)\b/],
];

export function detectImageKind(lower: string): ImageKind {
  const text = lower.replace(ORIENTATION_ONLY, "");
  let strong: ImageKind | undefined, strongAt = Infinity;
  for (const [kind, re] of STRONG) {
    const m = re.exec(text);
    if (m && m.index < strongAt) { strong = kind; strongAt = m.index; }
  }
  // UI/document templates (templates/rules.ts): they beat the generic phone container and any kind named
  // after them; an icon, logo, badge or avatar is always that artefact ("chat icon", "weather badge").
  const template = detectTemplate(text);
  // A document named first keeps it: "invoice for logo design" is an invoice, not a logo.
  const mark = strong && /^(icon|logo|badge|avatar)$/.test(strong) && !(template && DOCUMENTS.has(template.kind) && template.at < strongAt);
  if (template && !mark && (!strong || strong === "mobile-app" || template.at <= strongAt)) return template.kind;
  if (strong) return strong;
  const explicitPattern = PATTERN_WORDS.test(text);
  if (explicitPattern) {
    // "dashboard background" is still a pattern, but "login form with a gradient background" is a form:
    // UI, chart and diagram words win when they appear before the background word.
    const first = IMAGE_RULES.slice(0, 14).find(([, re]) => re.test(text));
    if (!first) {
      for (const [kind, re] of PATTERN_RULES) if (re.test(text)) return kind;
      for (const [kind, re] of SCENE_RULES) if (re.test(text)) return kind === "sea" ? "waves" : kind;
      return "geometric";
    }
  }
  for (const [kind, re] of IMAGE_RULES) if (re.test(text)) return kind;
  // Scenes: the subject named first is the picture ("sunset over the sea" vs "city skyline at dusk").
  let scene: ImageKind | undefined, at = Infinity;
  for (const [kind, re] of SCENE_RULES) {
    const m = re.exec(text);
    if (m && m.index < at) { scene = kind; at = m.index; }
  }
  if (scene) return scene;
  for (const [kind, re] of PATTERN_RULES) if (re.test(text)) return kind;
  return "abstract";
}

export function familyOf(kind: ImageKind): Family {
  if (isTemplate(kind)) return "ui";
  switch (kind) {
    case "dashboard": case "form": case "mobile-app": case "landing-page": case "table":
      return "ui";
    case "pie-chart": case "line-chart": case "bar-chart":
      return "chart";
    case "org-chart": case "mind-map": case "timeline": case "flowchart":
      return "diagram";
    case "badge": case "logo": case "icon":
      return "icon";
    case "gradient": case "waves": case "dots": case "noise": case "geometric":
      return "pattern";
    case "sunset": case "night-sky": case "city-skyline": case "forest": case "sea": case "mountains": case "landscape":
      return "scene";
    case "avatar":
      return "avatar";
    default:
      return "abstract";
  }
}

const AUDIO_RULES: [AudioKind, RegExp][] = [
  // Specific sounds first: "heart beat" is not a drum beat, "birds chirping" not a chirp sweep, "keyboard
  // clicking" is typing, "level up" has its own jingle.
  ["tone", /\b(sine|square|sawtooth|saw|triangle) waves?\b/],
  ["applause", /\b(applause|applauding|clapping|claps?|cheering crowd|standing ovation|ovation)\b/],
  ["heartbeat", /\b(heart ?beats?|heart ?rate|heart ?pounding|pulse|heart)\b/],
  ["typing", /\b(typing|keyboard|keystrokes?|typewriter)\b/],
  ["footsteps", /\b(footsteps?|foot ?steps|walking|running on|steps on|stomping)\b/],
  ["birds", /\b(birds?|birdsong|bird ?calls?|chirp(ing|s)?|tweet(ing|s)?|dawn chorus|songbirds?|robin|sparrow)\b/],
  ["alarm", /\b(alarm clock|wake[- ]?up (alarm|sound)|morning alarm|digital alarm|clock alarm|alarm ringing|bedside alarm)\b/],
  ["level-up", /\b(level(l)?ing up|level[- ]?up|achievement (unlocked|sound)|quest complete)\b/],
  ["whoosh", /\b(whoosh(es)?|swoosh(es)?|swish|woosh|whizz|swipe|transition (sound|sfx)|fly[- ]?by)\b/],
  ["click", /\b(clicks?|clicking|mouse click|button (click|press)|tap sound|ui click|toggle sound)\b/],
  // Drums first: "hip hop" must not read as a jump, "kick" not as an impact.
  ["drums", /\b(drums?|drum ?loop|beat|percussion|groove|kick|snare|hi-?hat|rhythm|hip ?hop|breakbeat)\b/],
  ["power-up", /\b(power[- ]?ups?|level[- ]?up|upgrade|bonus)\b/],
  ["coin", /\b(coins?|pickup|pick-up|collect(ible)?|ring pickup|cash register|ka-?ching)\b/],
  ["jump", /\b(jumps?|hop|bounce|boing)\b/],
  ["laser", /\b(lasers?|zap|pew|blaster|phaser|shoot(ing)?)\b/],
  ["explosion", /\b(explosions?|explode|boom|blast|crash|impact)\b/],
  ["error", /\b(error|buzz(er)?|fail(ure|ed)?|wrong|denied|invalid|reject(ed)?)\b/],
  ["alert", /\b(alerts?|alarm|siren|warning|urgent|emergency)\b/],
  ["chime", /\b(chimes?|ding|dings|bells?|notification|notify|message|success|complete(d)?|doorbell|gong|glass)\b/],
  ["rain", /\b(rain(fall|y|drops?)?|storm|thunder(storm)?|drizzle|shower)\b/],
  ["ocean", /\b(ocean|sea|waves?|surf|beach|shore|tide)\b/],
  ["wind", /\b(wind(y)?|breeze|gust|howl(ing)?|air|ambien(ce|t)|room tone|white noise|pink noise|brown noise|noise)\b/],
  ["sweep", /\b(sweeps?|chirp|riser|glide|whoosh|swoosh|siren sweep)\b/],
  ["melody", /\b(melod(y|ies|ic)|jingle|tune|song|music(al)?|arpeggio|chords?|piano|lullaby|theme|fanfare|bpm)\b/],
  ["coin", /(\b8-?bit\b|\bchiptune|\barcade|\bretro game|\bgame sound)/],
  ["beep", /\b(beeps?|bleep|blip|ping|click|tick)\b/],
  ["tone", /\b(tones?|sine|square wave|sawtooth|hz|khz|hum|drone|pitch)\b/],
];

export function detectAudioKind(lower: string): AudioKind {
  for (const [kind, re] of AUDIO_RULES) if (re.test(lower)) return kind;
  return "melody";
}
