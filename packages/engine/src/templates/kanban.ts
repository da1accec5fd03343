// Kanban board: the columns the prompt names ("columns Backlog, Doing, Done"), or To do / In progress /
// Review / Done, each with task cards (title, tag, assignee). On a phone the board scrolls sideways, so two
// columns show. Video: one card travels from the first column to the second.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { el, n, rect, text } from "../svg";
import { PEOPLE, titleCase } from "../words";
import { avatarDot, pill } from "../kinds/ui-parts";
import { clampN, fitText, screen } from "./parts";

const COLUMNS = ["To do", "In progress", "Review", "Done", "Blocked", "Backlog"];
const TASKS = ["Design login screen", "Fix payment bug", "Write release notes", "Update onboarding copy", "Set up CI pipeline",
  "Customer interviews", "Refactor search API", "Dark mode polish", "Plan Q3 roadmap", "Migrate database", "Add export to CSV",
  "Improve load time", "Accessibility audit", "Email templates", "Pricing experiment", "Bug bash"];
const TAGS: [string, number][] = [["Design", 1], ["Bug", 2], ["Feature", 3], ["Docs", 4], ["Research", 5]];

export const kanban: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const named = plan.list.map((c) => titleCase(c));
  const count = clampN(plan.counts.column ?? (named.length || 4), 2, 8, 4);
  const cols = Array.from({ length: count }, (_, i) => named[i] ?? COLUMNS[i % COLUMNS.length]!);
  const title = plan.labels[0] ?? (plan.name ? `${plan.name} board` : "Sprint board");
  const pad = fs(mobile ? 16 : 28);
  let s = fitText(x + pad, y + fs(mobile ? 34 : 48), title, fs(mobile ? 24 : 28), w * 0.6, pal.text, { "font-weight": 800 });
  // Team avatars and a "New task" button in the header.
  for (let i = 0; i < 3; i++) s += avatarDot(x + w - pad - fs(mobile ? 18 : 170) - i * fs(22), y + fs(mobile ? 28 : 40), fs(14), PEOPLE[(i * 5 + 2) % PEOPLE.length]!, pal.accents[(i + 2) % pal.accents.length]!);
  if (!mobile) s += rect(x + w - pad - fs(120), y + fs(22), fs(120), fs(36), pal.primary, { rx: fs(8) }) + text(x + w - pad - fs(60), y + fs(45), "+ New task", fs(14), "#ffffff", { "text-anchor": "middle", "font-weight": 600 });
  const top = y + fs(mobile ? 60 : 84);
  const shown = mobile ? Math.min(count, 2) : count;
  const gap = fs(mobile ? 12 : 16);
  const colW = mobile ? (w - pad * 2 - gap) / 2 : (w - pad * 2 - gap * (count - 1)) / count;
  const colH = y + h - top - pad;
  const cardH = fs(mobile ? 92 : 96), cardGap = fs(10);
  let moving = "";
  const perCol = Array.from({ length: shown }, (_, c) => rng.int(c === 0 ? 3 : 1, 4));
  const fits = Math.max(0, Math.floor((colH - fs(52)) / (cardH + cardGap)));
  for (let c = 0; c < shown; c++) {
    const cx = x + pad + c * (colW + gap);
    const done = /done|complete|shipped/i.test(cols[c]!);
    const n0 = perCol[c]!;
    s += rect(cx, top, colW, colH, pal.surface2, { rx: fs(12) });
    s += rect(cx + fs(14), top + fs(18), fs(8), fs(8), pal.accents[(c + 1) % pal.accents.length]!, { rx: fs(4) }) +
      fitText(cx + fs(30), top + fs(27), cols[c]!, fs(15), colW - fs(80), pal.text, { "font-weight": 700 }) +
      text(cx + colW - fs(16), top + fs(27), String(n0), fs(13), pal.muted, { "text-anchor": "end", "font-weight": 600 });
    for (let k = 0; k < n0; k++) {
      const ky = top + fs(44) + k * (cardH + cardGap);
      if (ky + cardH > top + colH - fs(8)) break;
      const task = TASKS[rng.int(0, TASKS.length - 1)]!;
      const [tag, ci] = TAGS[rng.int(0, TAGS.length - 1)]!;
      const card = kanbanCard(cx + fs(10), ky, colW - fs(20), cardH, task, tag, pal.accents[ci % pal.accents.length]!, done, rng.int(0, PEOPLE.length - 1));
      if (ctx.dur && c === 0 && k === 0 && shown > 1) {
        // The first card moves to the next column and back: the board at work.
        // It lands in the free slot under the next column's cards (or on the last one when the column is full).
        const dx = colW + gap, dy = Math.min(perCol[1]!, Math.max(0, fits - 1)) * (cardH + cardGap);
        moving = el("g", {}, card + anim(ctx, "transform", ["0 0", "0 0", `${n(dx)} ${n(dy - fs(6))}`, `${n(dx)} ${n(dy)}`, `${n(dx)} ${n(dy)}`, "0 0"],
          { type: "translate", keyTimes: [0, 0.2, 0.4, 0.45, 0.85, 1] }));
      } else s += card;
    }
    s += text(cx + fs(16), top + colH - fs(14), "+ Add card", fs(13), pal.muted, {});
  }
  function kanbanCard(kx: number, ky: number, kw: number, kh: number, task: string, tag: string, color: string, done: boolean, who: number): string {
    return rect(kx, ky, kw, kh, pal.surface, { rx: fs(10), stroke: pal.line }) +
      pill(kx + fs(12), ky + fs(24), tag, color, fs(11)) +
      fitText(kx + fs(12), ky + fs(52), task, fs(14), kw - fs(24), done ? pal.muted : pal.text, { "font-weight": 600, "text-decoration": done ? "line-through" : undefined }) +
      rect(kx + fs(12), ky + kh - fs(22), fs(60), fs(8), mix(pal.line, pal.surface, 0.3), { rx: fs(4) }) +
      avatarDot(kx + kw - fs(22), ky + kh - fs(20), fs(11), PEOPLE[who]!, color);
  }
  const out = sc.finish(s + moving);
  return { ...out, summary: `kanban board "${title}" with ${count} columns: ${cols.join(", ")}` };
};
