// Builds the colour roles every composition draws with, from the colours and palette words in the prompt.
import { hexToHsl, hsl, luminance, mix } from "./color";
import type { Plan } from "./parse";
import type { Rng } from "./random";

export interface Palette {
  dark: boolean;
  bg: string;
  /** Cards, panels, inputs. */
  surface: string;
  /** Slightly stronger than surface: headers, placeholders, skeleton bars. */
  surface2: string;
  line: string;
  text: string;
  muted: string;
  /** At least five distinct accent colours; accents[0] is the primary. */
  accents: string[];
  primary: string;
}

// Hue offsets of classic harmonies, chosen per seed so the same prompt can come out in different schemes.
// Consecutive entries sit far apart on the wheel because charts give series 0, 1, 2... to neighbours.
const SCHEMES: number[][] = [
  [0, 150, 60, 210, 300],
  [0, 180, 90, 270, 40],
  [0, 120, 240, 60, 180],
  [0, 200, 100, 300, 40],
];

// Subject words that imply colours when the prompt names none ("sunset gradient", "ocean waves").
const THEMES: [RegExp, string[]][] = [
  [/\b(sunset|sunrise|dusk|golden hour|peach)\b/, ["#ff6b6b", "#ffa36c", "#c0468c", "#6a3093", "#ffd36e"]],
  [/\b(ocean|sea|water|aqua|marine)\b/, ["#0ea5e9", "#1e3a8a", "#22d3ee", "#0f766e", "#93c5fd"]],
  [/\b(forest|nature|leaf|jungle|moss)\b/, ["#15803d", "#65a30d", "#0f766e", "#a3e635", "#14532d"]],
  [/\b(fire|lava|flame)\b/, ["#ef4444", "#f97316", "#facc15", "#7f1d1d", "#fb923c"]],
  [/\b(aurora|northern lights)\b/, ["#22d3ee", "#a855f7", "#34d399", "#1e1b4b", "#f0abfc"]],
];

export function makePalette(plan: Plan, rng: Rng): Palette {
  let user = plan.colors.filter((c) => c !== plan.background);
  if (user.length === 0 && plan.family !== "scene") {
    const theme = THEMES.find(([re]) => re.test(plan.lower));
    if (theme) user = theme[1];
  }
  let baseHue: number;
  if (user[0]) baseHue = hexToHsl(user[0]).h;
  else if (plan.brandBlue) baseHue = 221;
  else if (plan.warmth === "warm") baseHue = rng.range(5, 45);
  else if (plan.warmth === "cool") baseHue = rng.range(180, 240);
  else baseHue = rng.range(0, 360);

  const [sat, light] = plan.style === "pastel" ? [0.62, 0.76]
    : plan.style === "vibrant" ? [0.9, 0.55]
    : plan.style === "monochrome" ? [0.06, 0.45]
    : plan.mood === "sad" ? [0.35, 0.5] : [0.62, plan.dark ? 0.6 : 0.5];

  const accents: string[] = [...user];
  if (plan.brandBlue && accents.length === 0) accents.push("#2563eb");
  const scheme = rng.pick(SCHEMES);
  if (plan.style === "monochrome") {
    for (let i = 0; accents.length < 6; i++) accents.push(hsl(baseHue, sat, 0.22 + i * 0.12));
  } else {
    for (let i = 0; accents.length < 6; i++) {
      // A second lap round the scheme turns the wheel and darkens, so the sixth colour never twins the first.
      const lap = Math.floor(i / scheme.length);
      const off = scheme[i % scheme.length]! + lap * 105;
      accents.push(hsl(baseHue + off + rng.range(-6, 6), sat + rng.range(-0.05, 0.05), light - lap * 0.12 + rng.range(-0.05, 0.05)));
    }
  }

  const dark = plan.dark;
  const tint = plan.style === "monochrome" ? 0.02 : 0.25;
  let bg = plan.background ?? (dark ? hsl(baseHue, tint, 0.09) : hsl(baseHue, tint * 0.8, plan.style === "pastel" ? 0.96 : 0.975));
  if (plan.style === "pastel" && !dark && !plan.background) bg = hsl(baseHue + 20, 0.5, 0.95);
  const bgIsDark = luminance(bg) < 0.2;
  const surface = bgIsDark ? mix(bg, "#ffffff", 0.07) : dark ? hsl(baseHue, tint, 0.14) : "#ffffff";
  const surface2 = bgIsDark ? mix(bg, "#ffffff", 0.14) : hsl(baseHue, tint * 0.6, 0.93);
  return {
    dark: bgIsDark,
    bg,
    surface,
    surface2,
    line: bgIsDark ? mix(bg, "#ffffff", 0.2) : hsl(baseHue, tint * 0.5, 0.86),
    text: bgIsDark ? "#f1f5f9" : hsl(baseHue, 0.25, 0.14),
    muted: bgIsDark ? "#94a3b8" : hsl(baseHue, 0.1, 0.45),
    accents,
    primary: accents[0]!,
  };
}
