// Checklists and to-do lists on a notepad: the items the prompt lists ("grocery list: eggs, milk, bread"),
// else items fitting the list it names (groceries, packing, moving, wedding, study, cleaning), the first
// few ticked off. The title is the list's own name. Video: the ticks appear one by one.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { el, n, rect } from "../svg";
import { titleCase } from "../words";
import { fitText, itemsOf, sheet } from "./parts";

const DEFAULTS: [RegExp, string, string[]][] = [
  [/\b(grocer(y|ies)|shopping|supermarket)\b/, "Groceries", ["Milk", "Eggs", "Bread", "Apples", "Coffee", "Pasta", "Tomatoes", "Cheese"]],
  [/\b(packing|trip|travel|camping|vacation|holiday)\b/, "Packing List", ["Passport", "Phone charger", "Toothbrush", "Rain jacket", "Sunscreen", "Snacks", "Headphones"]],
  [/\b(mov(e|ing)|new (home|house|apartment))\b/, "Moving Day", ["Book the van", "Pack the kitchen", "Label boxes", "Update address", "Clean the old place", "Return keys"]],
  [/\b(wedding|party|event)\b/, "Party Prep", ["Send invitations", "Order the cake", "Book the DJ", "Buy decorations", "Confirm the venue", "Plan the menu"]],
  [/\b(study|exam|school|homework)\b/, "Study Plan", ["Review chapter 3", "Flashcards", "Practice exam", "Summarise notes", "Ask about problem 7", "Sleep early"]],
  [/\b(clean(ing)?|chores?|house ?work)\b/, "Chores", ["Vacuum the living room", "Laundry", "Water the plants", "Take out the trash", "Wipe the kitchen", "Change the sheets"]],
];
const TODO = ["Reply to emails", "Call the dentist", "Buy groceries", "Finish the report", "Go for a run", "Pay the rent", "Water the plants"];

export const checklist: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const def = DEFAULTS.find(([re]) => re.test(plan.lower));
  const own = itemsOf(ctx).map((i) => [i.name, i.value].filter(Boolean).join(" ")).filter(Boolean);
  const items = (own.length ? own : def ? def[2] : TODO).slice(0, 10);
  const named = plan.lower.match(/\b([a-z]+(?: [a-z]+)?) (?:check ?list|list|to-?dos?)\b/)?.[1]?.replace(/^(a|an|the|my|our|simple|daily|todo|to-do)\s*/, "");
  const title = plan.labels[0] ?? (def ? def[1] : named && !/^(a|an|the|my|todo|to-do|)$/.test(named) ? titleCase(named) : "To Do Today");
  const done = own.length ? Math.floor(items.length / 3) : rng.int(1, Math.max(1, Math.floor(items.length / 2)));
  const paper = pal.dark ? "#1c1f26" : "#fffef7", ink = pal.dark ? "#f3f4f6" : "#1f2937", muted = pal.dark ? "#6b7280" : "#9ca3af";
  const sh = sheet(ctx, 900, 1200, paper, 16);
  const { x, y, u } = sh;
  let s = sh.body + rect(x, y, sh.w, 120 * u, pal.primary, { rx: 16 * u }) + rect(x, y + 90 * u, sh.w, 30 * u, pal.primary);
  for (let i = 0; i < 8; i++) s += el("circle", { cx: n(x + 130 * u + i * 92 * u), cy: n(y + 40 * u), r: n(12 * u), fill: paper });
  s += fitText(x + 80 * u, y + 230 * u, title, 64 * u, sh.w - 160 * u, ink, { "font-weight": 800 });
  s += fitText(x + 80 * u, y + 280 * u, `${done} of ${items.length} done`, 26 * u, sh.w - 160 * u, muted, { "font-weight": 600 });
  s += rect(x + 80 * u, y + 305 * u, sh.w - 160 * u, 10 * u, mix(pal.primary, paper, 0.8), { rx: 5 * u }) + rect(x + 80 * u, y + 305 * u, (sh.w - 160 * u) * (done / items.length), 10 * u, pal.primary, { rx: 5 * u });
  const row = Math.min(84 * u, (sh.h - 400 * u) / items.length), fs = Math.min(34 * u, row * 0.45);
  items.forEach((it, i) => {
    const yy = y + 380 * u + i * row, box = fs * 1.1, ticked = i < done;
    s += rect(x + 80 * u, yy - box * 0.85, box, box, ticked ? pal.primary : "none", { rx: box * 0.22, stroke: ticked ? pal.primary : muted, "stroke-width": n(2.5 * u) });
    if (ticked) {
      const tick = el("path", { d: `M${n(x + 80 * u + box * 0.22)} ${n(yy - box * 0.35)}l${n(box * 0.22)} ${n(box * 0.22)}l${n(box * 0.38)} ${n(-box * 0.42)}`, fill: "none", stroke: "#ffffff", "stroke-width": n(3 * u), "stroke-linecap": "round", "stroke-linejoin": "round" },
        anim(ctx, "opacity", [0, 0, 1, 1], { keyTimes: [0, (i + 1) / (done + 2), (i + 1.2) / (done + 2), 1] }) || undefined);
      s += tick;
    }
    s += fitText(x + 80 * u + box + 28 * u, yy, titleCase(it), fs, sh.w - 240 * u - box, ticked ? muted : ink, ticked ? { "text-decoration": "line-through" } : {});
    s += rect(x + 80 * u, yy + row * 0.32, sh.w - 160 * u, Math.max(1, 1.5 * u), muted, { opacity: 0.3 });
  });
  return { body: s, summary: `checklist "${title}" with ${items.length} items, ${done} done` };
};
