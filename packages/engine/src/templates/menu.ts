// Restaurant and café menus: the dishes and prices the prompt lists ("espresso $3, latte $4.50") with
// dotted leaders, else a plausible menu for the cuisine it names (Italian, café, sushi, pizza, bar, brunch),
// in sections; the place's name is a proper name or quoted words, else the cuisine.
import { mix } from "../color";
import type { Composer } from "../composer";
import { el, n, rect } from "../svg";
import { titleCase } from "../words";
import { fitBlock, fitText, itemsOf, leaderRow, sheet, sym, titleBlock } from "./parts";

type Section = [string, [string, number][]];
const MENUS: [RegExp, string, Section[]][] = [
  [/\b(cafe|café|coffee|espresso|bakery|brunch|breakfast)\b/, "The Corner Café", [["Coffee", [["Espresso", 3], ["Flat White", 4.2], ["Cappuccino", 4.5], ["Latte", 4.5]]], ["Bakery", [["Butter Croissant", 3.5], ["Cinnamon Roll", 4], ["Banana Bread", 3.8]]], ["Brunch", [["Avocado Toast", 11], ["Eggs Benedict", 13], ["Granola Bowl", 9]]]]],
  [/\b(sushi|japanese|ramen)\b/, "Kaze Sushi Bar", [["Starters", [["Miso Soup", 4], ["Edamame", 5], ["Gyoza", 7]]], ["Rolls", [["Salmon Avocado", 9], ["Spicy Tuna", 10], ["Dragon Roll", 14]]], ["Bowls", [["Tonkotsu Ramen", 15], ["Chirashi", 19]]]]],
  [/\b(pizza|pizzeria)\b/, "Forno Pizzeria", [["Pizza", [["Margherita", 11], ["Diavola", 13], ["Quattro Formaggi", 14], ["Funghi", 12]]], ["Sides", [["Garlic Bread", 5], ["Caesar Salad", 8]]], ["Dessert", [["Tiramisu", 7]]]]],
  [/\b(bar|cocktails?|drinks?|wine|pub)\b/, "The Night Owl", [["Cocktails", [["Negroni", 12], ["Old Fashioned", 13], ["Margarita", 11], ["Espresso Martini", 13]]], ["Wine", [["House Red", 8], ["Prosecco", 9]]], ["Snacks", [["Olives", 5], ["Fries", 6]]]]],
];
const DEFAULT: [string, Section[]] = ["Trattoria Bella", [["Antipasti", [["Bruschetta", 8], ["Burrata & Tomatoes", 12], ["Calamari Fritti", 11]]], ["Primi", [["Spaghetti Carbonara", 16], ["Risotto ai Funghi", 18], ["Lasagne", 17]]], ["Secondi", [["Chicken Milanese", 21], ["Grilled Sea Bass", 26]]], ["Dolci", [["Tiramisu", 8], ["Panna Cotta", 7]]]]];

export const menu: Composer = (ctx) => {
  const { pal, plan } = ctx;
  const found = MENUS.find(([re]) => re.test(plan.lower));
  const cuisine = plan.lower.match(/\b(italian|french|mexican|thai|indian|greek|chinese|japanese|vegan|spanish|korean|vietnamese|lebanese)\b/)?.[1];
  const own = itemsOf(ctx).filter((i) => i.name);
  const sections: Section[] = own.length ? [["Menu", own.map((i) => [i.name, i.amount ?? NaN] as [string, number])]] : found ? found[2] : DEFAULT[1];
  // "food truck menu" is headed "Food Truck"; generic words ("restaurant menu") leave the house name.
  const before = plan.lower.match(/\b([a-z]+(?: [a-z]+)?) menu\b/)?.[1]?.replace(/^(a|an|the|my|our|simple|new)\s+/, "");
  const ownName = before && !/^(a|an|the|my|our|restaurant|dinner|lunch|breakfast|brunch|dessert|food|drinks?|cafe|café|coffee|bar|cocktail( bar)?|wine|pub|pizza|sushi|italian|french|mexican|thai|indian|japanese|chinese|greek|[a-z]+ (restaurant|cafe|café))$/.test(before) ? titleCase(before) : undefined;
  const name = plan.name ?? plan.labels[0] ?? ownName ?? (cuisine && !found ? `${titleCase(cuisine)} Kitchen` : found ? found[1] : DEFAULT[0]);
  const cur = own.find((i) => i.value)?.value?.match(/^[$€£¥]/)?.[0] ?? (/\b(euro|€|italian|french|spanish|greek)\b/.test(plan.lower) ? "€" : "$");
  const paper = pal.dark ? "#16181d" : "#fbf7ef", ink = pal.dark ? "#f5f5f4" : "#292524", muted = pal.dark ? "#a8a29e" : "#8b8178";
  const serif = "Georgia, 'Times New Roman', serif";
  const sh = sheet(ctx, 1000, 1400, paper, 6);
  const { x, y, u } = sh, cx = x + sh.w / 2, iw = sh.w - 220 * u;
  let s = sh.body + rect(x + 36 * u, y + 36 * u, sh.w - 72 * u, sh.h - 72 * u, "none", { stroke: pal.primary, "stroke-width": n(2 * u), opacity: 0.7 });
  s += sym(/\b(bar|cocktails?|drinks?|wine|pub)\b/.test(plan.lower) ? "star" : "coffee", cx, y + 125 * u, 80 * u, pal.primary, 1.6);
  s += titleBlock(cx, y + 230 * u, fitBlock(name, 84 * u, 40 * u, iw, 1, 100 * u), iw, ink, { "text-anchor": "middle", "font-family": serif })[0];
  s += fitText(cx, y + 285 * u, "M E N U", 26 * u, iw, pal.primary, { "text-anchor": "middle", "font-weight": 700, "letter-spacing": n(6 * u) });
  // Rows shrink to fit however many dishes there are.
  const count = sections.reduce((a, [, d]) => a + d.length, 0) + sections.length * 1.25;
  const avail = sh.h - 420 * u, row = Math.min(100 * u, avail / Math.max(1, count)), fs = Math.min(38 * u, row * 0.5);
  let yy = y + 360 * u;
  for (const [title, dishes] of sections) {
    if (sections.length > 1) {
      s += fitText(cx, yy + row * 0.5, title.toUpperCase(), fs * 0.9, iw, pal.primary, { "text-anchor": "middle", "font-weight": 800, "letter-spacing": n(fs * 0.2) }) +
        el("path", { d: `M${n(cx - 60 * u)} ${n(yy + row * 0.85)}H${n(cx + 60 * u)}`, stroke: mix(pal.primary, paper, 0.4), "stroke-width": n(2 * u) });
      yy += row * 1.25;
    }
    for (const [dish, price] of dishes) {
      const v = Number.isFinite(price) ? `${cur}${price % 1 ? price.toFixed(2) : price}` : "";
      s += v ? leaderRow(x + 110 * u, yy + row * 0.6, iw, titleCase(dish), v, fs, ink, muted, { "font-family": serif }) : fitText(x + 110 * u, yy + row * 0.6, titleCase(dish), fs, iw, ink, { "font-family": serif });
      yy += row;
    }
  }
  return { body: s, summary: `menu for ${name} with ${sections.reduce((a, [, d]) => a + d.length, 0)} dishes` };
};
