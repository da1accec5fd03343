// Pie or donut with percentage labels and a legend. Video: a mask sweeps round and reveals the slices.
import { readableOn } from "../color";
import { anim } from "../animate";
import type { Composer } from "../composer";
import { pieAngles, sectorPath } from "../shapes";
import { el, n, rect, text } from "../svg";
import { fontScale } from "./ui-parts";
import { chartData, chartHeading, chartTitle, fmt } from "./chart-common";

export const pieChart: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const fs = fontScale(w, h, 960, 600);
  const series = chartData(ctx, 5, "shares");
  const values = series.values.map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const donut = /\b(donut|doughnut|ring)\b/.test(plan.lower);
  const pad = fs(32);
  const wide = w >= h * 1.15;
  const top = pad + fs(48);
  const legendW = wide ? Math.min(w * 0.38, fs(300)) : 0;
  const legendH = wide ? 0 : Math.ceil(values.length / 2) * fs(26) + fs(10);
  const r = Math.max(10, Math.min((w - pad * 2 - legendW) / 2, (h - top - pad - legendH) / 2));
  const cx = wide ? pad + (w - pad * 2 - legendW) / 2 : w / 2, cy = top + (h - top - pad - legendH) / 2;
  const arcs = pieAngles(values);
  const inner = donut ? r * 0.6 : 0;

  let s = rect(0, 0, w, h, pal.bg) + chartHeading(ctx, chartTitle(ctx, donut ? "Donut chart" : "Pie chart"), pad, pad + fs(10), fs(24), w - pad * 2);
  let slices = "";
  arcs.forEach((a, i) => {
    const fill = pal.accents[i % pal.accents.length]!;
    slices += el("path", { d: sectorPath(a, inner, r, donut ? 0.02 : 0), fill, stroke: pal.bg, "stroke-width": donut ? 0 : fs(2) });
    const share = (a.endAngle - a.startAngle) / (Math.PI * 2);
    if (share > 0.05 && r > fs(60)) {
      const mid = (a.startAngle + a.endAngle) / 2, lr = donut ? (inner + r) / 2 : r * 0.66;
      slices += text(Math.sin(mid) * lr, -Math.cos(mid) * lr + fs(5), `${Math.round(share * 100)}%`, fs(14), readableOn(fill), { "text-anchor": "middle", "font-weight": 700 });
    }
  });
  // Video: a thick stroke around the centre, drawn by dashoffset, is the mask that uncovers the pie.
  let group = el("g", { transform: `translate(${n(cx)} ${n(cy)})` }, slices);
  if (ctx.dur) {
    const mid = ctx.id("sweep");
    // The stroke reaches from just off the centre to just past the rim.
    const rr = r / 2 + 2;
    // Two half arcs: one arc from a point back to itself is dropped by renderers (and rounding makes a
    // "nearly closed" arc exactly closed).
    const ring = `M${n(cx)} ${n(cy - rr)}A${n(rr)} ${n(rr)} 0 0 1 ${n(cx)} ${n(cy + rr)}A${n(rr)} ${n(rr)} 0 0 1 ${n(cx)} ${n(cy - rr)}`;
    // The circumference is known exactly, so the dash uses real lengths.
    const circ = Math.PI * 2 * rr;
    const mask = el("mask", { id: mid }, el("path", { d: ring, fill: "none", stroke: "#fff", "stroke-width": n(rr * 2 - 1), "stroke-dasharray": `${n(circ + 2)} ${n(circ + 2)}` },
      anim(ctx, "stroke-dashoffset", [circ + 2, 0, 0, circ + 2], { keyTimes: [0, 0.4, 0.88, 1] })));
    group = el("defs", {}, mask) + el("g", { mask: `url(#${mid})` }, group);
  }
  s += group;
  if (donut) {
    s += text(cx, cy + fs(4), fmt(series.fromPrompt ? total : Math.round(total * 123)), Math.max(fs(14), r * 0.28), pal.text, { "text-anchor": "middle", "font-weight": 700 }) +
      text(cx, cy + r * 0.2 + fs(8), "Total", fs(13), pal.muted, { "text-anchor": "middle" });
  }
  // Legend: right column when wide, two columns below when tall.
  series.labels.forEach((label, i) => {
    const share = `${Math.round((values[i]! / total) * 100)}%`;
    const lx = wide ? w - pad - legendW + fs(16) : pad + (i % 2) * (w - pad * 2) / 2;
    const ly = wide ? cy - (values.length * fs(30)) / 2 + i * fs(30) + fs(10) : h - pad - legendH + Math.floor(i / 2) * fs(26) + fs(20);
    const colW = wide ? legendW - fs(16) : (w - pad * 2) / 2 - fs(10);
    s += rect(lx, ly - fs(11), fs(12), fs(12), pal.accents[i % pal.accents.length]!, { rx: fs(3) }) +
      text(lx + fs(20), ly, label, fs(14), pal.text, {}, colW - fs(70)) +
      text(lx + colW, ly, share, fs(14), pal.muted, { "text-anchor": "end", "font-weight": 600 });
  });
  return { body: s, summary: `${donut ? "donut" : "pie"} chart of ${values.length} slices` };
};
