// App-style icon: a gradient tile (rounded square, circle or square, as asked) with a white symbol chosen
// from the words, or initials when no symbol is named. "outline"/"line" gives a bare stroked symbol.
// Video: the icon pops in, then breathes gently.
import { anim, pulse } from "../animate";
import { luminance, mix, readableOn } from "../color";
import { GLYPHS, glyphFor } from "../glyphs";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { subjectArt, subjectIcon } from "./subject-mark";

export const icon: Composer = (ctx) => {
  const subject = subjectArt(ctx);
  if (subject) return subjectIcon(ctx, subject);
  const { w, h, pal, plan } = ctx;
  const size = Math.min(w, h) * 0.8;
  const cx = w / 2, cy = h / 2;
  const x = cx - size / 2, y = cy - size / 2;
  const shape = /\b(circle|circular|round)\b/.test(plan.lower) ? "circle" : /\bsquare\b/.test(plan.lower) && !/\brounded\b/.test(plan.lower) ? "square" : "rounded";
  const outline = /\b(outline[d]?|line icon|stroke|minimal|wireframe)\b/.test(plan.lower);
  const glyphName = glyphFor(plan.lower);
  const gid = ctx.id("tile");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 },
    el("stop", { offset: 0, "stop-color": mix(pal.primary, "#ffffff", 0.15) }) + el("stop", { offset: 1, "stop-color": mix(pal.accents[1]!, pal.primary, 0.35) }));
  let tile = "";
  // White symbols read as "app icon" on all but very light tiles.
  const fg = outline ? pal.primary : luminance(pal.primary) > 0.6 ? readableOn(pal.primary) : "#ffffff";
  if (!outline) {
    tile = shape === "circle" ? circle(cx, cy, size / 2, `url(#${gid})`) : rect(x, y, size, size, `url(#${gid})`, { rx: shape === "square" ? size * 0.04 : size * 0.225 });
    // Soft top highlight gives the tile some depth without a filter.
    tile += el("ellipse", { cx, cy: y + size * 0.22, rx: size * 0.36, ry: size * 0.16, fill: "#ffffff", opacity: 0.12 });
  }
  const mark = glyphName ? glyph(glyphName, cx, cy, size * (outline ? 0.8 : 0.56), fg) : initials(ctx, cx, cy, size, fg);
  const body = rect(0, 0, w, h, outline ? pal.bg : pal.dark ? pal.bg : "none") + pulse(ctx, cx, cy, tile + mark);
  return { body, defs, summary: `${shape} ${outline ? "outline " : ""}icon with ${glyphName ? `a ${glyphName} symbol` : "initials"}` };
};

export function glyph(name: string, cx: number, cy: number, size: number, color: string, strokeW = 1.9): string {
  const g = GLYPHS[name]!;
  const k = size / 24;
  return el("path", {
    d: g.d, // Scale keeps three decimals: one would visibly misplace strokes on small icons.
    transform: `translate(${n(cx - size / 2)} ${n(cy - size / 2)}) scale(${Math.max(0.001, Math.round(k * 1000) / 1000)})`,
    fill: g.filled ? color : "none", stroke: color, "stroke-width": strokeW, "stroke-linecap": "round", "stroke-linejoin": "round",
  });
}

export function initialsOf(name: string): string {
  const parts = name.split(/[\s_-]+/).filter(Boolean);
  const chars = parts.length >= 2 ? [Array.from(parts[0]!)[0], Array.from(parts[parts.length - 1]!)[0]] : Array.from(parts[0] ?? "?").slice(0, 2);
  return chars.join("").toUpperCase();
}

function initials(ctx: Ctx, cx: number, cy: number, size: number, color: string): string {
  const name = ctx.plan.name ?? ctx.plan.labels[0] ?? ctx.plan.words.find((wd) => wd.length > 2 && !/^(icon|app|the|and|for|with|rounded|circle|square)$/.test(wd)) ?? "A";
  const t = initialsOf(name);
  return text(cx, cy + size * 0.14, t, size * (t.length > 1 ? 0.36 : 0.46), color, { "text-anchor": "middle", "font-weight": 800 });
}

