// Loading indicators: a spinner (ring with a sweeping arc, or dots), a progress bar or ring at the percent
// the prompt gives ("progress bar at 70%"), or skeleton cards. Video: the spinner really spins (one or more
// whole turns per loop, so it never jumps), the bar fills to its value and the skeleton shimmers.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { fitText, scale } from "./parts";

export const loader: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const fs = scale(w, h, 800, 600);
  const pct = plan.data.find((d) => d.value >= 0 && d.value <= 100)?.value ?? 68;
  const label = plan.labels[0] ?? (/\b(upload)/.test(plan.lower) ? "Uploading…" : /\b(download)/.test(plan.lower) ? "Downloading…" : /\bbuffer/.test(plan.lower) ? "Buffering…" : "Loading…");
  const cx = w / 2, cy = h / 2 - fs(20);
  const color = plan.colors[0] ?? pal.primary;
  let s = rect(0, 0, w, h, pal.bg);
  let summary: string;
  const turns = ctx.dur ? Math.max(1, Math.round(ctx.dur / 1.2)) : 1;
  const spin = (v: string) => anim(ctx, "transform", [`0 ${n(cx)} ${n(cy)}`, `${360 * turns} ${n(cx)} ${n(cy)}`], { type: "rotate", ease: false });
  if (/\b(progress (bar|ring|circle)|percent|%|upload|download|install)/.test(plan.lower) && !/\bspinner\b/.test(plan.lower)) {
    if (/\b(ring|circle|circular|radial)\b/.test(plan.lower)) {
      const r = Math.min(w, h) * 0.22, c = 2 * Math.PI * r;
      s += circle(cx, cy, r, "none", { stroke: pal.surface2, "stroke-width": r * 0.16 }) +
        circle(cx, cy, r, "none", { stroke: color, "stroke-width": r * 0.16, "stroke-linecap": "round", "stroke-dasharray": `${n((c * pct) / 100)} ${n(c)}`, transform: `rotate(-90 ${n(cx)} ${n(cy)})` },
          anim(ctx, "stroke-dasharray", [`0 ${n(c)}`, `${n((c * pct) / 100)} ${n(c)}`, `${n((c * pct) / 100)} ${n(c)}`], { keyTimes: [0, 0.7, 1] }) || undefined) +
        text(cx, cy + r * 0.15, `${Math.round(pct)}%`, r * 0.42, pal.text, { "text-anchor": "middle", "font-weight": 800 });
      summary = `progress ring at ${Math.round(pct)}%`;
    } else {
      const bw = Math.min(w * 0.7, fs(560)), bh = fs(16), bx = cx - bw / 2;
      s += fitText(bx, cy - fs(24), label, fs(20), bw * 0.7, pal.text, { "font-weight": 700 }) + text(bx + bw, cy - fs(24), `${Math.round(pct)}%`, fs(20), pal.muted, { "text-anchor": "end", "font-weight": 600 }) +
        rect(bx, cy, bw, bh, pal.surface2, { rx: bh / 2 }) +
        rect(bx, cy, (bw * pct) / 100, bh, color, { rx: bh / 2 }, anim(ctx, "width", [0, (bw * pct) / 100, (bw * pct) / 100], { keyTimes: [0, 0.75, 1] }) || undefined);
      summary = `progress bar at ${Math.round(pct)}%`;
    }
  } else if (/\bskeleton\b/.test(plan.lower)) {
    const gid = ctx.id("shimmer");
    const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 0 }, el("stop", { offset: 0, "stop-color": pal.surface2 }) + el("stop", { offset: 0.5, "stop-color": mix(pal.surface2, "#ffffff", 0.6) }, anim(ctx, "offset", [0, 1], { ease: false }) || undefined) + el("stop", { offset: 1, "stop-color": pal.surface2 }));
    for (let i = 0; i < 3; i++) {
      const y = fs(60) + i * (h - fs(80)) / 3;
      s += rect(fs(60), y, fs(80), fs(80), `url(#${gid})`, { rx: fs(40) }) + rect(fs(170), y + fs(12), w - fs(260), fs(18), `url(#${gid})`, { rx: fs(9) }) + rect(fs(170), y + fs(48), (w - fs(260)) * 0.6, fs(14), `url(#${gid})`, { rx: fs(7) });
    }
    return { body: s, defs, summary: "skeleton loading placeholders" };
  } else if (/\bdots?\b/.test(plan.lower)) {
    for (let i = 0; i < 3; i++) s += circle(cx + (i - 1) * fs(44), cy, fs(14), color, {}, anim(ctx, "transform", ["0 0", `0 ${n(-fs(22))}`, "0 0", "0 0"], { type: "translate", keyTimes: [0, 0.15 + i * 0.1, 0.3 + i * 0.1, 1] }) || undefined);
    summary = "three bouncing loading dots";
  } else {
    const r = Math.min(w, h) * 0.16, c = 2 * Math.PI * r;
    s += circle(cx, cy, r, "none", { stroke: mix(color, pal.bg, 0.8), "stroke-width": r * 0.18 }) +
      el("g", {}, circle(cx, cy, r, "none", { stroke: color, "stroke-width": r * 0.18, "stroke-linecap": "round", "stroke-dasharray": `${n(c * 0.28)} ${n(c)}` }) + spin(""));
    summary = `loading spinner${ctx.dur ? ` turning ${turns} times per loop` : ""}`;
  }
  if (!/progress bar|percent|%/.test(summary)) s += fitText(cx, h / 2 + Math.min(w, h) * 0.26, label, fs(22), w * 0.8, pal.muted, { "text-anchor": "middle", "font-weight": 600 });
  return { body: s, summary };
};
