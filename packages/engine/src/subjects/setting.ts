// Where the subjects are and under what conditions: the setting (park, street, beach, room, underwater, space,
// plain, or the landscape grounds), far layers for mixed settings ("mountains with a lake"), time of day,
// weather, season and style. Rules keep the picture from contradicting the prompt: rain, snowfall, fog and
// storms hide the sun; night never has a sun; "city lights" means night; a window frames the outside.
import type { Mention } from "./find";

export type Backdrop = "outdoor" | "room" | "underwater" | "space" | "plain";
export type Ground = "grass" | "sand" | "street" | "water" | "snow" | "floor" | "desert" | "none";
export type Far = "mountains" | "city" | "hills" | "forest" | "sea" | "lake";
export type Time = "day" | "sunset" | "night";
export type Weather = "clear" | "cloudy" | "rain" | "snow" | "fog" | "storm";
export type Season = "spring" | "summer" | "autumn" | "winter";
export type Style = "neon" | "pastel" | "minimal" | "retro" | "blueprint";

export interface Setting {
  name: string;
  backdrop: Backdrop;
  ground: Ground;
  far: Far[];
  time: Time;
  weather: Weather;
  season?: Season;
  style?: Style;
  /** Seen through a window from inside ("a rainy window with city lights"). */
  window: boolean;
  /** Park-like decoration: trees, bushes, flowers. */
  park: boolean;
  /** Things stand on a table, desk or counter (drawn indoors and on plain backdrops). */
  table: boolean;
}

const has = (l: string, re: RegExp) => re.test(l);
/** "snowy peaks" describes the mountains (snow caps), not a winter ground or season. */
const peaksOnly = (l: string) => l.replace(/\bsnow(y|[- ]capped)\s+(peaks?|mountains?|summits?|tops?|alps)\b/g, "");

export function readSetting(lower: string, kind: string, subjects: Mention[]): Setting {
  const l = lower;
  const style: Style | undefined = has(l, /\b(neon|cyberpunk|synthwave|vaporwave|glowing city)\b/) ? "neon"
    : has(l, /\bblueprint|technical drawing|schematic\b/) ? "blueprint"
    : has(l, /\b(pastel|soft colou?rs?)\b/) ? "pastel"
    : has(l, /\b(retro|vintage|70s|80s|sepia|old[- ]fashioned)\b/) ? "retro"
    : has(l, /\b(minimal(ist|istic)?|simple flat|flat design)\b/) ? "minimal" : undefined;

  const season: Season | undefined = has(l, /\b(autumn(al)?|fall (leaves|colou?rs|season|day|forest|park|scene)|in the fall|halloween|thanksgiving|fallen leaves)\b/) ? "autumn"
    : has(peaksOnly(l), /\b(winter|wintry|snowy|snow[- ]covered|christmas|xmas|frozen|icy)\b/) ? "winter"
    : has(l, /\b(spring(time)?|blossoms?|cherry blossom|easter|blooming)\b/) ? "spring"
    : has(l, /\b(summer(time)?)\b/) ? "summer" : undefined;

  let weather: Weather = has(l, /\b(thunder(storm)?|lightning|storm(y)?)\b/) ? "storm"
    : has(l, /\b(rain(y|ing|drops?|fall)?|drizzl(e|y|ing)|downpour|monsoon|wet)\b/) ? "rain"
    : has(l, /\b(snow(ing|fall|flakes|storm)?|blizzard|falling snow|let it snow)\b/) && !has(l, /\bsnow[- ]?(capped|covered|caps|peaks?)\b/) ? "snow"
    : has(l, /\b(fog(gy)?|mist(y)?|haz(e|y)|smog)\b/) ? "fog"
    : has(l, /\b(cloudy|overcast|grey sky|gray sky)\b/) ? "cloudy" : "clear";
  // "a snowman", "snowy mountains": winter ground, not necessarily falling snow.
  if (weather === "snow" && !has(l, /\b(snow(ing|fall|flakes|storm)|blizzard|falling snow|in the snow|snow falls?)\b/) && season !== "winter") weather = "snow";

  let time: Time = has(l, /\b(night|midnight|nighttime|starry|moonlit|moonlight|city lights|neon lights|after dark|evening lights|fireworks|under the stars|stars above|full moon|crescent moon)\b/) ? "night"
    : has(l, /\b(sunset|sunrise|dusk|dawn|golden hour|twilight|evening)\b/) ? "sunset" : "day";
  if (kind === "night-sky") time = "night";
  if (kind === "sunset" && time === "day") time = "sunset";
  if (style === "neon") time = "night";

  const window = has(l, /\b(window|windowpane|through the glass)\b/);
  let backdrop: Backdrop = "outdoor", ground: Ground = "grass", park = false;
  const far: Far[] = [];
  const any = (re: RegExp) => has(l, re);
  if (any(/\b(underwater|under ?the sea|under water|undersea|ocean floor|sea ?bed|seafloor|coral reef|reef|aquarium|deep sea|scuba|diving)\b/)) {
    backdrop = "underwater"; ground = "sand";
  } else if (any(/\b(outer space|in space|space scene|spaceship|cosmos|cosmic|galaxy|nebula|solar system|orbit(ing)?|planets|deep space|astronaut|zero gravity)\b/) ||
    (subjects.length > 0 && subjects.every((s) => s.def.place === "space" || s.def.cat === "space") && !any(/\b(sky|night|field|hill|desert|park|window)\b/))) {
    backdrop = "space"; ground = "none";
  } else if (!window && any(/\b((living|bed|bath|dining|class|waiting|meeting|play|reading)\s?room|room|kitchen|indoors?|inside|office|desk|bedroom|interior|caf[eé] interior|fireplace|on a (table|desk|shelf)|on the (table|desk|shelf|floor|couch|sofa|bed))\b/)) {
    backdrop = "room"; ground = "floor";
  } else if (window || subjects.some((s) => /^(couch-and-lamp|bed|chair|bathtub)$/.test(s.def.icon)) && !any(/\b(park|garden|beach|street|outside|outdoors?|yard|field)\b/)) {
    backdrop = "room"; ground = "floor";
  } else if (any(/\b(plain|white|isolated|studio|transparent|solid|simple) background\b|\bsticker\b|\bclip ?art\b|\bon white\b/) ) {
    backdrop = "plain"; ground = "none";
  }

  // What lies outside (also what a window shows).
  if (any(/\b(city|street|road|town|downtown|traffic|avenue|urban|skyline|sidewalk|crosswalk|skyscrapers?|city lights|buildings)\b/) || kind === "city-skyline") far.push("city");
  if (any(/\b(mountains?|peaks?|alps|alpine|summit|volcano|snow-capped)\b/) || kind === "mountains") far.push("mountains");
  if (any(/\b(hills?|countryside|meadows?|valley|farm(land)?|fields?|prairie)\b/) || kind === "landscape") far.push("hills");
  if (any(/\b(forest|woods|woodland|jungle|pines)\b/) || kind === "forest") far.push("forest");
  if (any(/\b(lake|pond|river)\b/)) far.push("lake");
  else if (any(/\b(sea|ocean|beach|coast(line)?|shore|seaside|island|harbou?r|waves)\b/) || kind === "sea" || kind === "sunset") far.push("sea");

  if (backdrop === "outdoor") {
    if (any(/\b(beach|seaside|shore|sand(y)?|coast|island)\b/)) ground = "sand";
    else if (any(/\b(desert|dunes?|sahara)\b/)) ground = "desert";
    else if (any(/\b(street|road|city|town|traffic|avenue|downtown|crosswalk|sidewalk|parking)\b/) || (far[0] === "city" && subjects.some((s) => s.def.cat === "vehicle" && s.def.place === "ground"))) ground = "street";
    else if (far.includes("sea") && subjects.length > 0 && subjects.every((s) => s.def.place === "water")) ground = "water";
    else if (far.includes("lake") && subjects.some((s) => s.def.place === "water")) ground = "water";
    if (any(/\b(park|garden|playground|backyard|yard|lawn|picnic|meadow)\b/)) park = true;
    if (ground === "grass" && (season === "winter" || weather === "snow" || has(peaksOnly(l), /\b(snowy|snow[- ]covered|in the snow|snowman|skiing|sled(ding)?|on the ice|ice floe|arctic|antarctic|polar|glacier|iceberg|tundra)\b/))) ground = "snow";
  }
  if (backdrop !== "underwater" && backdrop !== "space" && subjects.length > 0 && subjects.every((s) => s.def.place === "water") && far.length === 0 && backdrop === "outdoor") {
    // Fish, whales, octopi with no other setting: under the water is where they are drawn best.
    if (subjects.some((s) => /fish|octopus|jellyfish|shark|whale|dolphin|lobster|coral/.test(s.def.icon))) { backdrop = "underwater"; ground = "sand"; }
  }
  // Objects and food with nowhere named sit on a soft plain backdrop (a product shot), not on a hillside.
  if (backdrop === "outdoor" && far.length === 0 && !park && ground === "grass" && weather === "clear" && !season && !style && time === "day" &&
    subjects.length > 0 && subjects.every((s) => ["food", "object", "device"].includes(s.def.cat) && s.def.place !== "sky")) {
    backdrop = "plain"; ground = "none";
  }
  if (style === "minimal" && backdrop === "outdoor" && far.length === 0 && !park) { backdrop = "plain"; ground = "none"; }

  const name = backdrop !== "outdoor" ? backdrop : park ? "park" : ground === "street" ? "street" : ground === "sand" ? "beach"
    : ground === "water" ? "water" : far[0] ?? (ground === "snow" ? "snow" : ground === "desert" ? "desert" : "meadow");
  const table = (backdrop === "room" || backdrop === "plain") && any(/\b(on|at) (a|the|my|our|his|her) ([a-z]+ )?(table|desk|counter|shelf|tray)\b/);
  return { name, backdrop, ground, far: [...new Set(far)], time, weather, season, style, window, park, table };
}

/** True when the sky may show the sun (never in rain, snowfall, fog, storms or at night). */
export function sunVisible(s: Setting): boolean {
  return s.time !== "night" && (s.weather === "clear" || s.weather === "cloudy" && s.time === "sunset");
}

/** True when stars and the moon may show (a clear night). */
export function starsVisible(s: Setting): boolean {
  return s.time === "night" && (s.weather === "clear" || s.weather === "cloudy");
}
