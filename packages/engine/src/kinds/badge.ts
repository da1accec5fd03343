// Badges. Two families: a status pill in the familiar "label | value" style when the prompt reads like one
// ("build passing", "coverage: 94%", "version 2.1"), otherwise an emblem (shield, circle seal or hexagon)
// with a rim, a symbol and a ribbon carrying the text. Video: a shine sweeps across the badge.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import { glyphFor } from "../glyphs";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text, textWidth } from "../svg";
import { titleCase } from "../words";
import { glyph } from "./icon";

const STATUS = /\b(build|passing|failing|coverage|version|license|downloads|status|tests?)\b/;

export const badge: Composer = (ctx) => {
  const { plan } = ctx;
  const label = plan.labels[0] ?? plan.name;
  if (STATUS.test(plan.lower) && !/\b(shield|seal|emblem|medal)\b/.test(plan.lower)) return statusPill(ctx);
  return emblem(ctx, label ?? defaultText(plan.lower));
};

function defaultText(lower: string): string {
  const m = lower.match(/\b(verified|certified|premium|pro|gold|top rated|winner|champion|official|approved|new|sale|best seller|eco|secure)\b/);
  return titleCase(m ? m[1]! : "Certified");
}

function emblem(ctx: Ctx, label: string): ReturnType<Composer> {
  const { w, h, pal, plan } = ctx;
  const size = Math.min(w, h) * 0.86;
  const cx = w / 2, cy = h / 2 - size * 0.04;
  const r = size / 2;
  const shape = /\bshield\b/.test(plan.lower) ? "shield" : /\bhex(agon)?\b/.test(plan.lower) ? "hexagon" : "seal";
  const outer = shapePath(shape, cx, cy, r * 0.86);
  const inner = shapePath(shape, cx, cy, r * 0.72);
  const gid = ctx.id("metal"), clip = ctx.id("clip");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 0, y2: 1 },
      el("stop", { offset: 0, "stop-color": mix(pal.primary, "#ffffff", 0.2) }) + el("stop", { offset: 1, "stop-color": mix(pal.primary, "#000000", 0.25) })) +
    el("clipPath", { id: clip }, el("path", { d: outer }));
  let s = rect(0, 0, w, h, pal.dark ? pal.bg : "none");
  if (shape === "seal") {
    // Scalloped rosette edge behind the disc.
    const k = 24;
    for (let i = 0; i < k; i++) {
      const a = (i / k) * Math.PI * 2;
      s += circle(cx + Math.cos(a) * r * 0.86, cy + Math.sin(a) * r * 0.86, r * 0.1, mix(pal.primary, "#000000", 0.15));
    }
  }
  const fg = readableOn(pal.primary);
  s += el("path", { d: outer, fill: `url(#${gid})` }) +
    el("path", { d: inner, fill: "none", stroke: fg, "stroke-width": r * 0.025, opacity: 0.6, "stroke-dasharray": `${n(r * 0.05)} ${n(r * 0.035)}` });
  const g = glyphFor(plan.lower.replace(/\b(badge|shield)\b/g, "")) ?? (/\bverified|approved|secure\b/.test(plan.lower) ? "check" : "star");
  s += glyph(g, cx, cy - r * 0.12, r * 0.62, fg, 2.2);
  // Ribbon across the lower part, with folded ends.
  const rw = r * 1.9, rh = r * 0.36, ry = cy + r * 0.36;
  const ribbon = mix(pal.accents[1]!, pal.primary, 0.2), fold = mix(ribbon, "#000000", 0.3);
  s += el("path", { d: `M${n(cx - rw / 2 - r * 0.14)} ${n(ry + rh * 0.2)}h${n(r * 0.3)}v${n(rh)}h${n(-r * 0.3)}l${n(r * 0.1)} ${n(-rh / 2)}z`, fill: fold }) +
    el("path", { d: `M${n(cx + rw / 2 + r * 0.14)} ${n(ry + rh * 0.2)}h${n(-r * 0.3)}v${n(rh)}h${n(r * 0.3)}l${n(-r * 0.1)} ${n(-rh / 2)}z`, fill: fold }) +
    rect(cx - rw / 2, ry - rh / 2 + rh * 0.2, rw, rh, ribbon, { rx: r * 0.03 });
  // Bold capitals with letter-spacing run wider than the plain estimate: size for the wide case so the
  // ribbon never clips its text (DejaVu-like fallbacks are ~20% wider than typical UI fonts).
  const up = label.toUpperCase();
  const ts = Math.min(rh * 0.5, (rw * 0.86) / Math.max(1, textWidth(up, 1) * 1.25 + Array.from(up).length * 0.06));
  s += text(cx, ry + rh * 0.2 + ts * 0.36, label.toUpperCase(), ts, readableOn(ribbon), { "text-anchor": "middle", "font-weight": 800, "letter-spacing": n(ts * 0.06) }, rw * 0.92);
  if (ctx.dur) {
    const sweep = rect(cx - r * 2, cy - r, r * 0.5, r * 2, "#ffffff", { opacity: 0.35, transform: `skewX(-20)` },
      anim(ctx, "x", [cx - r * 2, cx - r * 2, cx + r * 1.5, cx + r * 1.5], { keyTimes: [0, 0.55, 0.8, 1], ease: false }));
    s += el("g", { "clip-path": `url(#${clip})` }, sweep);
    s = el("g", {}, s);
  }
  return { body: s, defs, summary: `${shape} badge reading "${label}" with a ${g} symbol` };
}

function shapePath(shape: string, cx: number, cy: number, r: number): string {
  if (shape === "shield")
    return `M${n(cx)} ${n(cy - r)}L${n(cx + r * 0.85)} ${n(cy - r * 0.7)}V${n(cy + r * 0.05)}C${n(cx + r * 0.85)} ${n(cy + r * 0.55)} ${n(cx + r * 0.45)} ${n(cy + r * 0.85)} ${n(cx)} ${n(cy + r * 1.05)}C${n(cx - r * 0.45)} ${n(cy + r * 0.85)} ${n(cx - r * 0.85)} ${n(cy + r * 0.55)} ${n(cx - r * 0.85)} ${n(cy + r * 0.05)}V${n(cy - r * 0.7)}Z`;
  if (shape === "hexagon")
    return Array.from({ length: 6 }, (_, i) => {
      const a = (i / 6) * Math.PI * 2 - Math.PI / 2;
      return `${i ? "L" : "M"}${n(cx + Math.cos(a) * r)} ${n(cy + Math.sin(a) * r)}`;
    }).join("") + "Z";
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
}

/** "build | passing" pill, sized to its text, centred on the canvas. */
function statusPill(ctx: Ctx): ReturnType<Composer> {
  const { w, h, pal, plan } = ctx;
  const m = plan.text.match(/\b(build|coverage|version|license|downloads|status|tests?)\b[\s:=]*([\p{L}\p{N}.%+-]+)?/iu);
  const left = plan.labels[0] ?? (m ? m[1]!.toLowerCase() : "status");
  const right = plan.labels[1] ?? (m?.[2] && !/^(badge|pill|in|with)$/i.test(m[2]) ? m[2] : /failing|fail/.test(plan.lower) ? "failing" : "passing");
  const bad = /fail|error|critical|0%/.test(right.toLowerCase());
  const valueColor = plan.colors[0] ?? (bad ? "#e05d44" : "#44cc11");
  const fs = Math.min(h * 0.36, w / Math.max(4, (left.length + right.length) * 0.62 + 3));
  const lw = textWidth(left, fs) + fs * 1.2, rw = textWidth(right, fs) + fs * 1.2;
  const bh = fs * 1.8, x = (w - lw - rw) / 2, y = (h - bh) / 2;
  const clip = ctx.id("pill");
  const defs = el("clipPath", { id: clip }, rect(x, y, lw + rw, bh, "#000", { rx: bh * 0.18 }));
  const body = rect(0, 0, w, h, pal.dark ? pal.bg : "none") +
    el("g", { "clip-path": `url(#${clip})` }, rect(x, y, lw, bh, "#555555") + rect(x + lw, y, rw, bh, valueColor) +
      rect(x, y, lw + rw, bh / 2, "#ffffff", { opacity: 0.08 })) +
    text(x + lw / 2, y + bh * 0.66, left, fs, "#ffffff", { "text-anchor": "middle" }) +
    text(x + lw + rw / 2, y + bh * 0.66, right, fs, readableOn(valueColor), { "text-anchor": "middle", "font-weight": 600 }) +
    (ctx.dur ? rect(x + lw, y, rw, bh, "#ffffff", { opacity: 0 }, anim(ctx, "opacity", [0, 0, 0.35, 0, 0], { keyTimes: [0, 0.4, 0.5, 0.6, 1] })) : "");
  return { body, defs, summary: `status badge "${left} | ${right}"` };
}
