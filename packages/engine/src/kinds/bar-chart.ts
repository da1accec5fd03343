// Bar chart with nice ticks, gridlines, value labels; horizontal when asked. Video: bars grow in turn.
import { anim, fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { line, rect, text } from "../svg";
import { fontScale } from "./ui-parts";
import { chartData, chartHeading, chartTitle, fmt, niceTicks } from "./chart-common";

export const barChart: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const fs = fontScale(w, h, 960, 600);
  const series = chartData(ctx, 6, "bars");
  const { values, labels } = series;
  const horizontal = /\bhorizontal\b/.test(plan.lower);
  const colorful = plan.style === "vibrant" || /\bcolou?rful|rainbow\b/.test(plan.lower);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0]!, hi = ticks[ticks.length - 1]!;
  const pad = fs(32);
  let s = rect(0, 0, w, h, pal.bg) + chartHeading(ctx, chartTitle(ctx, "Bar chart"), pad, pad + fs(10), fs(24), w - pad * 2);
  const tickW = Math.max(...ticks.map((t) => fmt(t).length)) * fs(13) * 0.6 + fs(12);
  const catW = horizontal ? Math.min(w * 0.3, Math.max(...labels.map((l) => l.length)) * fs(13) * 0.58 + fs(14)) : 0;
  const left = pad + (horizontal ? catW : tickW), top = pad + fs(44), right = w - pad, bottom = h - pad - (horizontal ? fs(22) : fs(26));
  const pw = right - left, ph = bottom - top;
  const k = values.length;
  const scale = (v: number) => (v - lo) / (hi - lo);

  for (const t of ticks) {
    if (horizontal) {
      const x = left + scale(t) * pw;
      s += line(x, top, x, bottom, pal.line, t === 0 ? 1.5 : 1) + text(x, bottom + fs(18), fmt(t), fs(12), pal.muted, { "text-anchor": "middle" });
    } else {
      const y = bottom - scale(t) * ph;
      s += line(left, y, right, y, pal.line, t === 0 ? 1.5 : 1) + text(left - fs(10), y + fs(4), fmt(t), fs(12), pal.muted, { "text-anchor": "end" });
    }
  }
  const band = (horizontal ? ph : pw) / k;
  const thick = band * (k > 16 ? 0.8 : 0.62);
  const zero = scale(0);
  const stagger = Math.min(0.06, 0.4 / k);
  values.forEach((v, i) => {
    const fill = colorful ? pal.accents[i % pal.accents.length]! : v < 0 ? pal.accents[3]! : pal.primary;
    const t0 = i * stagger, t1 = t0 + 0.25;
    const kt = [0, t0, t1, 0.9, 1];
    const label = labels[i] ?? "";
    const showValue = thick > fs(14);
    if (horizontal) {
      const y = top + i * band + (band - thick) / 2;
      const x0 = left + Math.min(zero, scale(v)) * pw, bw = Math.abs(scale(v) - zero) * pw;
      const zx = left + zero * pw;
      s += rect(x0, y, bw, thick, fill, { rx: Math.min(thick / 4, fs(6)) },
        anim(ctx, "width", [0, 0, bw, bw, 0], { keyTimes: kt }) + (v < 0 ? anim(ctx, "x", [zx, zx, x0, x0, zx], { keyTimes: kt }) : "") || undefined);
      s += text(left - fs(10), y + thick / 2 + fs(4), label, fs(12), pal.text, { "text-anchor": "end" }, catW - fs(10));
      if (showValue) s += text(x0 + bw + fs(6), y + thick / 2 + fs(4), fmt(v), fs(12), pal.muted, { "font-weight": 600 });
    } else {
      const x = left + i * band + (band - thick) / 2;
      const y0 = bottom - Math.max(zero, scale(v)) * ph, bh = Math.abs(scale(v) - zero) * ph;
      const zy = bottom - zero * ph;
      s += rect(x, y0, thick, bh, fill, { rx: Math.min(thick / 4, fs(6)) },
        anim(ctx, "height", [0, 0, bh, bh, 0], { keyTimes: kt }) + (v >= 0 ? anim(ctx, "y", [zy, zy, y0, y0, zy], { keyTimes: kt }) : "") || undefined);
      if (showValue) {
        const vy = v >= 0 ? y0 - fs(7) : y0 + bh + fs(16);
        s += `<g>${text(x + thick / 2, vy, fmt(v), fs(12), pal.text, { "text-anchor": "middle", "font-weight": 600 })}${fadeInOut(ctx, t1, 0.9)}</g>`;
      }
      s += text(x + thick / 2, bottom + fs(20), label, fs(12), pal.muted, { "text-anchor": "middle" }, band - fs(4));
    }
  });
  return { body: s, summary: `${horizontal ? "horizontal " : ""}bar chart of ${k} ${series.fromPrompt ? "values from the description" : "sample values"}` };
};
