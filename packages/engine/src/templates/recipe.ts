// Recipe card (6 x 4 in index card): the dish from the prompt ("recipe card for pancakes"), its ingredients
// and steps when listed ("ingredients: flour, eggs, milk; steps: mix, rest, fry"), serving and time when
// given ("serves 4", "in 20 minutes"), the dish's artwork in the corner when the library has it.
import { mix } from "../color";
import type { Composer } from "../composer";
import { circle, n, rect } from "../svg";
import { place, widthAt } from "../subjects/artwork";
import { subjectArt } from "../kinds/subject-mark";
import { titleCase } from "../words";
import { fitText, listAfter, sheet, sym, topicOf, wrapLines } from "./parts";

const DROP = /^(recipe|recipes|card|cards|a|an|the|with|steps|ingredients|easy|simple|my|homemade)$/;
const INGREDIENTS = ["2 cups flour", "2 eggs", "1 cup milk", "2 tbsp sugar", "1 tsp baking powder", "Pinch of salt", "Butter for the pan"];
const STEPS = ["Whisk the dry ingredients together", "Beat in the eggs and milk until smooth", "Rest the batter for 10 minutes", "Cook on a hot buttered pan until golden", "Serve warm"];

export const recipe: Composer = (ctx) => {
  const { pal, plan } = ctx;
  const dish = plan.labels[0] ?? topicOf(plan.lower.replace(/\bwith steps\b/, ""), DROP) ?? titleCase(plan.lower.match(/\b([a-z]+(?: [a-z]+)?) recipe\b/)?.[1] ?? "Pancakes");
  const steps = listAfter(plan.text, "steps|method|directions|instructions|how to make it").map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  // "ingredients: ..." by name, else a plain list ("recipe for lemon cake: lemons, flour, sugar") when it is not the steps.
  const named = listAfter(plan.text, "ingredients?|you need|shopping");
  const ingredients = (named.length ? named : steps.length ? [] : plan.list).map(titleCase);
  const serves = plan.lower.match(/\bserves (\d{1,2})\b|\bfor (\d{1,2}) (?:people|persons|servings)\b/);
  const mins = plan.lower.match(/\b(\d{1,3})\s?(?:min(?:ute)?s?|hours?|h)\b/);
  const paper = pal.dark ? "#1f2430" : "#fffdf8", ink = pal.dark ? "#f3f4f6" : "#2b2520", muted = pal.dark ? "#9ca3af" : "#8a7f72";
  const sh = sheet(ctx, 1500, 1000, paper, 10);
  const { x, y, u } = sh;
  let s = sh.body + rect(x, y, sh.w, 16 * u, pal.primary, { rx: 10 * u }) + rect(x, y + 10 * u, sh.w, 8 * u, pal.primary);
  // Ruled lines like an index card.
  for (let i = 0; i < 11; i++) s += rect(x + 60 * u, y + 250 * u + i * 68 * u, sh.w - 120 * u, Math.max(1, 1.5 * u), pal.dark ? "#334155" : "#c7dcef", { opacity: 0.7 });
  s += rect(x + 120 * u, y + 40 * u, Math.max(1, 2 * u), sh.h - 80 * u, "#f2a7a7", { opacity: 0.5 });
  s += fitText(x + 150 * u, y + 95 * u, "RECIPE", 26 * u, 400 * u, pal.primary, { "font-weight": 700, "letter-spacing": n(5 * u) });
  s += fitText(x + 150 * u, y + 170 * u, dish, 72 * u, 1000 * u, ink, { "font-weight": 800, "font-family": "Georgia, 'Times New Roman', serif" });
  const meta = [`Serves ${serves ? serves[1] ?? serves[2] : 4}`, mins ? mins[0].replace(/\bmin\b/, "min") : "30 min", steps.length ? `${steps.length} steps` : "Easy"];
  s += fitText(x + 150 * u, y + 220 * u, meta.join("  ·  "), 26 * u, 900 * u, muted, { "font-weight": 600 });
  // The dish: its artwork when the library has it, else a pan glyph on a tinted disc.
  const sa = subjectArt(ctx);
  const cx = x + sh.w - 190 * u, cy = y + 150 * u, r = 105 * u;
  s += circle(cx, cy, r, mix(pal.primary, paper, 0.82));
  if (sa) { const a = sa.arts[0]!, hh = r * 1.3; const fit = Math.min(hh, (r * 1.5 * hh) / Math.max(1, widthAt(a, hh))); s += place(a, cx, cy + fit / 2, fit); }
  else s += sym("fire", cx, cy, r, pal.primary, 1.6);
  // Ingredients (left) and numbered steps (right).
  const ing = (ingredients.length ? ingredients : INGREDIENTS).slice(0, 10), st = (steps.length ? steps : STEPS).slice(0, 7);
  const lx = x + 150 * u, lw = 430 * u, rx = x + 660 * u, rw = sh.w - 720 * u, top = y + 300 * u;
  s += fitText(lx, top, "Ingredients", 36 * u, lw, pal.primary, { "font-weight": 800 }) + fitText(rx, top, "Method", 36 * u, rw, pal.primary, { "font-weight": 800 });
  const row = 68 * u, rows = Math.floor((y + sh.h - 40 * u - top) / row) - 1;
  ing.slice(0, rows).forEach((t, i) => { const yy = top + (i + 1) * row; s += circle(lx + 8 * u, yy - 11 * u, 7 * u, pal.accents[1]!) + fitText(lx + 28 * u, yy, t, 32 * u, lw - 28 * u, ink); });
  let line = 1;
  st.forEach((t, i) => {
    const ls = wrapLines(t, 32 * u, rw - 50 * u, 2);
    if (line + ls.length > rows + 1) return;
    s += fitText(rx, top + line * row, `${i + 1}.`, 32 * u, 44 * u, pal.primary, { "font-weight": 800 });
    ls.forEach((l, j) => { s += fitText(rx + 46 * u, top + (line + j) * row, l, 32 * u, rw - 50 * u, ink); });
    line += ls.length;
  });
  return { body: s, subjects: sa?.names.slice(0, 1) ?? [], summary: `recipe card for ${dish} with ${ing.length} ingredients and ${st.length} steps` };
};
