// Horizontal timeline: an axis with numbered milestones and cards alternating above and below it (vertical
// when the canvas is tall). Years in the prompt become the dates. Video: progress runs along the axis and
// each milestone appears as it is reached.
import { anim, fadeInOut } from "../animate";
import { readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, line, rect, text } from "../svg";
import { pickLabels, titleCase } from "../words";
import { fontScale, panel, skeleton } from "./ui-parts";

const DEFAULTS = ["Kickoff", "Research", "Prototype", "Beta", "Launch", "Scale", "Review", "Expand"];

export const timeline: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const vertical = h > w * 1.2;
  const fs = vertical ? fontScale(w, h, 720, 1200) : fontScale(w, h, 1200, 720);
  const years = plan.data.map((d) => d.value).filter((v) => Number.isInteger(v) && v >= 1000 && v <= 2999);
  const count = Math.min(12, Math.max(2, plan.list.length || plan.counts.milestone || plan.counts.step || years.length || (plan.labels.length > 1 ? plan.labels.length : 5)));
  const names = pickLabels(count, plan.list, DEFAULTS, plan.labels).map((s) => titleCase(s));
  const dates = names.map((_, i) => years[i] !== undefined ? String(years[i]) : undefined);
  const pad = fs(40);
  let s = rect(0, 0, w, h, pal.bg);
  const gid = ctx.id("progress");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: vertical ? 0 : 1, y2: vertical ? 1 : 0 },
    el("stop", { offset: 0, "stop-color": pal.accents[0]! }) + el("stop", { offset: 1, "stop-color": pal.accents[1]! }));
  const span = 0.8; // fraction of the loop spent travelling; the rest holds the finished picture

  if (!vertical) {
    const y = h / 2, x0 = pad + fs(30), x1 = w - pad - fs(30);
    const step = (x1 - x0) / Math.max(1, count - 1);
    const cardW = Math.min(fs(240), step * 1.7), cardH = Math.min(fs(120), h / 2 - pad - fs(40));
    s += line(x0, y, x1, y, pal.line, fs(6), { "stroke-linecap": "round" });
    s += rect(x0, y - fs(3), x1 - x0, fs(6), `url(#${gid})`, { rx: fs(3) }, anim(ctx, "width", [0, x1 - x0, x1 - x0, 0], { keyTimes: [0, span, 0.96, 1], ease: false }) || undefined);
    names.forEach((name, i) => {
      const x = count === 1 ? (x0 + x1) / 2 : x0 + i * step;
      const up = i % 2 === 0;
      const cy = up ? y - fs(40) - cardH : y + fs(40);
      const cx = Math.min(w - pad - cardW, Math.max(pad, x - cardW / 2));
      const color = pal.accents[i % pal.accents.length]!;
      const content =
        line(x, up ? cy + cardH : y + fs(16), x, up ? y - fs(16) : cy, color, fs(2), { "stroke-dasharray": `${fs(4)} ${fs(4)}` }) +
        panel(cx, cy, cardW, cardH, pal, fs(10)) + rect(cx, cy, fs(5), cardH, color, { rx: fs(2) }) +
        text(cx + fs(18), cy + fs(28), dates[i] ?? `Phase ${i + 1}`, fs(12), pal.muted, { "font-weight": 600 }, cardW - fs(30)) +
        text(cx + fs(18), cy + fs(52), name, fs(17), pal.text, { "font-weight": 700 }, cardW - fs(30)) +
        (cardH > fs(90) ? skeleton(cx + fs(18), cy + fs(68), cardW - fs(40), 2, fs(7), pal, rng) : "") +
        circle(x, y, fs(15), color, { stroke: pal.bg, "stroke-width": fs(4) }) +
        text(x, y + fs(5), String(i + 1), fs(13), readableOn(color), { "text-anchor": "middle", "font-weight": 700 });
      s += el("g", {}, content + fadeInOut(ctx, (i / Math.max(1, count - 1)) * span - 0.02, 0.97));
    });
  } else {
    const x = pad + fs(40), y0 = pad + fs(30), y1 = h - pad - fs(30);
    const step = (y1 - y0) / Math.max(1, count - 1);
    s += line(x, y0, x, y1, pal.line, fs(6), { "stroke-linecap": "round" });
    s += rect(x - fs(3), y0, fs(6), y1 - y0, `url(#${gid})`, { rx: fs(3) }, anim(ctx, "height", [0, y1 - y0, y1 - y0, 0], { keyTimes: [0, span, 0.96, 1], ease: false }) || undefined);
    names.forEach((name, i) => {
      const y = y0 + i * step;
      const color = pal.accents[i % pal.accents.length]!;
      const cardH = Math.min(fs(120), step * 0.8);
      const content = circle(x, y, fs(14), color, { stroke: pal.bg, "stroke-width": fs(4) }) +
        panel(x + fs(36), y - cardH / 2, w - x - pad - fs(36), cardH, pal, fs(10)) +
        text(x + fs(52), y - cardH / 2 + fs(24), dates[i] ?? `Phase ${i + 1}`, fs(12), pal.muted, { "font-weight": 600 }) +
        text(x + fs(52), y - cardH / 2 + fs(48), name, fs(17), pal.text, { "font-weight": 700 }, w - x - pad - fs(70)) +
        (cardH > fs(90) ? skeleton(x + fs(52), y - cardH / 2 + fs(64), w - x - pad - fs(90), 2, fs(7), pal, rng) : "");
      s += el("g", {}, content + fadeInOut(ctx, (i / Math.max(1, count - 1)) * span - 0.02, 0.97));
    });
  }
  return { body: s, defs, summary: `timeline of ${count} milestones: ${names.join(", ")}` };
};
