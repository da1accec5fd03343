// Weekly planners (study, meal, workout, or a plain week): seven day boxes Monday to Sunday plus a notes box,
// filled with the prompt's items in order ("meal plan: pasta, tacos, curry") or entries fitting the kind
// of plan, each with a coloured tag. The title is the plan's name; "week of June 8" dates the days.
import { mix } from "../color";
import type { Composer } from "../composer";
import { circle, rect } from "../svg";
import { titleCase } from "../words";
import { fitText, itemsOf, sheet, whenOf, wrapLines } from "./parts";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PLANS: [RegExp, string, string[][]][] = [
  [/\b(meal|food|dinner|lunch|diet|menu)\b/, "Meal Plan", [["Oatmeal & berries", "Chicken salad"], ["Lentil soup", "Salmon & rice"], ["Veggie stir-fry"], ["Pasta primavera", "Greek yogurt"], ["Tacos"], ["Pancakes", "Pizza night"], ["Roast dinner"]]],
  [/\b(study|exam|school|revision|homework|class(es)?)\b/, "Study Planner", [["Math: chapter 4", "Flashcards"], ["History essay"], ["Biology lab report", "Math practice"], ["Group study 5 pm"], ["Mock exam"], ["Review mistakes"], ["Rest"]]],
  [/\b(workout|fitness|gym|training|exercise|running)\b/, "Workout Plan", [["Upper body", "10 min core"], ["5 km run"], ["Lower body"], ["Yoga"], ["Full body HIIT"], ["Long run 10 km"], ["Rest day"]]],
];
const WEEK = [["Team standup 9:30", "Dentist 4 pm"], ["Project review"], ["Gym", "Call mom"], ["Design workshop"], ["Ship v2", "Drinks 6 pm"], ["Farmers market"], ["Family lunch"]];

// "dentist on friday", "fri: swim": an entry that names its day goes on that day, without the day's name (short
// names only before a colon, so "sun salutation" or "sat exam" stay entries).
const NAMED_DAY = /\s*\b(?:on\s+|every\s+)?(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\s*:)\s*:?\s*/i;
const DAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** Entries per day: the ones that name their day there, the rest in order across the week. */
function byDay(items: string[]): string[][] {
  const days: string[][] = DAYS.map(() => []);
  let next = 0;
  for (const item of items) {
    const m = item.match(NAMED_DAY);
    const text = m ? item.replace(NAMED_DAY, " ").trim() : item;
    if (m && text) days[DAY_INDEX[(m[1] ?? m[2])!.slice(0, 3).toLowerCase()]!]!.push(text.charAt(0).toUpperCase() + text.slice(1));
    else days[next++ % 7]!.push(item);
  }
  return days;
}

export const planner: Composer = (ctx) => {
  const { pal, plan } = ctx;
  // The kind of plan is named before any list ("weekly planner: gym, ..." is a plain week).
  const found = PLANS.find(([re]) => re.test(plan.lower.split(":")[0]!));
  const own = itemsOf(ctx).map((i) => [i.name, i.value].filter(Boolean).join(" ")).filter(Boolean);
  const entries: string[][] = own.length ? byDay(own) : found ? found[2] : WEEK;
  const title = plan.labels[0] ?? (found ? found[1] : "Weekly Planner");
  const { date } = whenOf(plan.text);
  const paper = pal.dark ? "#171a21" : "#ffffff", ink = pal.dark ? "#f3f4f6" : "#1f2937", muted = pal.dark ? "#9ca3af" : "#6b7280";
  const sh = sheet(ctx, 1400, 1000, paper, 18);
  const { x, y, u } = sh;
  let s = sh.body + fitText(x + 70 * u, y + 110 * u, title, 60 * u, 800 * u, ink, { "font-weight": 800 });
  s += fitText(x + sh.w - 70 * u, y + 105 * u, date ? `Week of ${date}` : "This week", 28 * u, 420 * u, muted, { "text-anchor": "end", "font-weight": 600 });
  s += rect(x + 70 * u, y + 140 * u, 120 * u, 8 * u, pal.primary, { rx: 4 * u });
  // 4 columns x 2 rows: Mon-Thu, Fri-Sun + notes.
  const gx = x + 70 * u, gy = y + 190 * u, gw = sh.w - 140 * u, gh = sh.h - 250 * u, gap = 20 * u;
  const cw = (gw - gap * 3) / 4, ch = (gh - gap) / 2;
  for (let i = 0; i < 8; i++) {
    const bx = gx + (i % 4) * (cw + gap), by = gy + Math.floor(i / 4) * (ch + gap);
    const tone = pal.accents[i % pal.accents.length]!;
    s += rect(bx, by, cw, ch, i === 7 ? mix(pal.primary, paper, 0.92) : pal.dark ? "#1f2430" : "#f8fafc", { rx: 14 * u, stroke: pal.dark ? "#2d3340" : "#e5e7eb", "stroke-width": 1.5 * u });
    s += fitText(bx + 22 * u, by + 48 * u, i === 7 ? "Notes" : DAYS[i]!, 28 * u, cw - 44 * u, i === 7 ? pal.primary : ink, { "font-weight": 800 });
    if (i === 7) { for (let k = 0; k < 5; k++) s += rect(bx + 22 * u, by + 100 * u + k * 52 * u, cw - 44 * u, Math.max(1, 1.5 * u), muted, { opacity: 0.35 }); continue; }
    let ly = by + 100 * u;
    for (const e of (entries[i] ?? []).slice(0, 4)) {
      const ls = wrapLines(titleCase(e), 26 * u, cw - 80 * u, 2);
      if (ly + (ls.length - 1) * 32 * u > by + ch - 20 * u) break;
      s += rect(bx + 16 * u, ly - 30 * u, cw - 32 * u, 16 * u + ls.length * 32 * u, mix(tone, paper, 0.82), { rx: 8 * u }) + circle(bx + 34 * u, ly - 8 * u, 6 * u, tone);
      ls.forEach((t, k) => { s += fitText(bx + 50 * u, ly + k * 32 * u, t, 26 * u, cw - 80 * u, ink, { "font-weight": 500 }); });
      ly += 30 * u + ls.length * 32 * u;
    }
  }
  return { body: s, summary: `weekly planner "${title}"` };
};
