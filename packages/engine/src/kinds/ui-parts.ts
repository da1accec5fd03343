// Building blocks shared by the UI wireframes: panels, skeleton text, buttons, pills, avatars.
import { readableOn } from "../color";
import type { Palette } from "../palette";
import type { Rng } from "../random";
import { circle, n, rect, text, type Attrs } from "../svg";

export function panel(x: number, y: number, w: number, h: number, pal: Palette, r: number, extra: Attrs = {}, children?: string): string {
  return rect(x, y, w, h, pal.surface, { rx: r, stroke: pal.line, "stroke-width": 1, ...extra }, children);
}

/** Grey bars standing in for body text. */
export function skeleton(x: number, y: number, w: number, lines: number, lineH: number, pal: Palette, rng: Rng): string {
  let s = "";
  for (let i = 0; i < lines; i++) {
    const lw = i === lines - 1 && lines > 1 ? w * rng.range(0.35, 0.7) : w * rng.range(0.8, 1);
    s += rect(x, y + i * lineH * 1.7, lw, lineH, pal.surface2, { rx: lineH / 2 });
  }
  return s;
}

export function button(x: number, y: number, w: number, h: number, label: string, fill: string, size: number, outline?: string): string {
  const fg = outline ?? readableOn(fill);
  return rect(x, y, w, h, outline ? "none" : fill, { rx: h * 0.25, stroke: outline, "stroke-width": outline ? 1.5 : undefined }) +
    text(x + w / 2, y + h / 2 + size * 0.35, label, size, fg, { "text-anchor": "middle", "font-weight": 600 }, w - size);
}

export function pill(x: number, y: number, label: string, color: string, size: number): string {
  const w = Math.max(size * 3, label.length * size * 0.6 + size * 1.2);
  return rect(x, y - size * 0.95, w, size * 1.5, color, { rx: size * 0.75, "fill-opacity": 0.16 }) +
    text(x + w / 2, y + size * 0.1, label, size * 0.85, color, { "text-anchor": "middle", "font-weight": 600 });
}

export function avatarDot(cx: number, cy: number, r: number, name: string, fill: string): string {
  const initials = name.split(/\s+/).map((p) => Array.from(p)[0] ?? "").join("").slice(0, 2).toUpperCase();
  return circle(cx, cy, r, fill) +
    text(cx, cy + r * 0.35, initials, r * 0.9, readableOn(fill), { "text-anchor": "middle", "font-weight": 600 });
}

/** Simple magnifier glyph for search boxes. */
export function searchGlyph(cx: number, cy: number, r: number, stroke: string): string {
  return circle(cx, cy, r, "none", { stroke, "stroke-width": Math.max(1, r * 0.35) }) +
    `<path d="M${n(cx + r * 0.7)} ${n(cy + r * 0.7)}l${n(r * 0.8)} ${n(r * 0.8)}" stroke="${stroke}" stroke-width="${n(Math.max(1, r * 0.35))}" stroke-linecap="round"/>`;
}

/**
 * Lengths designed on a refW x refH canvas, scaled to this one. Nothing shrinks below 6 units (or its
 * design size if smaller) so text stays legible on small outputs.
 */
export function fontScale(w: number, h: number, refW: number, refH: number): (px: number) => number {
  const u = Math.min(w / refW, h / refH);
  return (px) => Math.max(Math.min(px, 6), px * u);
}
