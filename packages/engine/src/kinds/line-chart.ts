// Line chart: one to four smooth series, area fill under a single series, legend, point markers.
// Video: each line draws itself, then its points appear.
import { anim, fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { monotonePath } from "../shapes";
import { circle, el, line, n, rect, text } from "../svg";
import { pickLabels } from "../words";
import { fontScale } from "./ui-parts";
import { chartData, chartHeading, chartTitle, fmt, niceTicks } from "./chart-common";

export const lineChart: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 960, 600);
  const first = chartData(ctx, 12, "walk");
  const seriesCount = first.fromPrompt ? 1 : Math.min(4, Math.max(1, plan.counts.line ?? (/\b(vs|versus|compare|comparison)\b/.test(plan.lower) ? 2 : 1)));
  const all = [first.values];
  for (let i = 1; i < seriesCount; i++) {
    let v = rng.range(20, 50);
    all.push(first.values.map(() => Math.round((v = Math.max(3, v + rng.range(-8, 10))))));
  }
  const names = pickLabels(seriesCount, plan.list.length > first.labels.length ? plan.list : [], ["This year", "Last year", "Target", "Forecast"], plan.labels.slice(1));
  const flat = all.flat();
  const ticks = niceTicks(Math.min(0, ...flat), Math.max(...flat));
  const lo = ticks[0]!, hi = ticks[ticks.length - 1]!;
  const pad = fs(32);
  const tickW = Math.max(...ticks.map((t) => fmt(t).length)) * fs(13) * 0.6 + fs(12);
  const left = pad + tickW, top = pad + fs(60), right = w - pad, bottom = h - pad - fs(26);
  const pw = right - left, ph = bottom - top;
  const k = first.values.length;
  const px = (i: number) => left + (k === 1 ? pw / 2 : (i / (k - 1)) * pw);
  const py = (v: number) => bottom - ((v - lo) / (hi - lo)) * ph;

  let s = rect(0, 0, w, h, pal.bg) + chartHeading(ctx, chartTitle(ctx, "Line chart"), pad, pad + fs(10), fs(24), w - pad * 2);
  for (const t of ticks) s += line(left, py(t), right, py(t), pal.line, 1) + text(left - fs(10), py(t) + fs(4), fmt(t), fs(12), pal.muted, { "text-anchor": "end" });
  const every = Math.ceil(k / Math.max(2, Math.floor(pw / fs(56))));
  first.labels.forEach((l, i) => {
    if (i % every === 0) s += text(px(i), bottom + fs(20), l, fs(12), pal.muted, { "text-anchor": "middle" }, pw / k * every - fs(4));
  });
  // Legend (only when it disambiguates).
  if (seriesCount > 1) {
    let lx = pad;
    names.forEach((name, i) => {
      s += rect(lx, pad + fs(30), fs(14), fs(4), pal.accents[i]!, { rx: fs(2) }) + text(lx + fs(20), pad + fs(36), name, fs(13), pal.muted, {}, fs(140));
      lx += Math.min(fs(160), name.length * fs(13) * 0.6 + fs(40));
    });
  }
  all.forEach((vals, si) => {
    const color = pal.accents[si]!;
    const d = monotonePath(vals.map((v, i) => [px(i), py(v)]));
    const t0 = si * 0.08;
    if (seriesCount === 1) {
      const gid = ctx.id("area");
      s += el("defs", {}, el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 0, y2: 1 },
        el("stop", { offset: 0, "stop-color": color, "stop-opacity": 0.3 }) + el("stop", { offset: 1, "stop-color": color, "stop-opacity": 0 })));
      s += el("path", { d: `${d}L${n(px(k - 1))},${n(bottom)}L${n(px(0))},${n(bottom)}Z`, fill: `url(#${gid})` }, fadeInOut(ctx, 0.35, 0.92) || undefined);
    }
    s += el("path", { d, fill: "none", stroke: color, "stroke-width": fs(3), "stroke-linejoin": "round", "stroke-linecap": "round",
      pathLength: ctx.dur ? 1 : undefined, "stroke-dasharray": ctx.dur ? 1 : undefined },
      anim(ctx, "stroke-dashoffset", [1, 1, 0, 0, 1], { keyTimes: [0, t0, t0 + 0.45, 0.92, 1] }) || undefined);
    if (k <= 24) vals.forEach((v, i) => {
      s += circle(px(i), py(v), fs(4), pal.surface, { stroke: color, "stroke-width": fs(2) }, fadeInOut(ctx, t0 + 0.45 * (i / k), 0.92) || undefined);
    });
  });
  return { body: s, summary: `line chart with ${seriesCount} series of ${k} points` };
};
