// A simple flat product picture for shop and product templates: a soft tile with the product's symbol
// (from the glyph set) or a generic box, so cards read as products without the subject library.
import { mix, readableOn } from "../color";
import { GLYPHS, glyphFor } from "../glyphs";
import { circle, el, n, rect } from "../svg";

export function productArt(x: number, y: number, w: number, h: number, tint: string, surface: string, words: string, r: number): string {
  if (w <= 1 || h <= 1) return "";
  const bg = mix(tint, surface, 0.78);
  const g = glyphFor(words);
  const size = Math.min(w, h) * 0.5;
  const cx = x + w / 2, cy = y + h / 2;
  let s = rect(x, y, w, h, bg, { rx: r }) + circle(cx, cy + size * 0.05, size * 0.62, mix(tint, surface, 0.55));
  if (g) {
    const gl = GLYPHS[g]!;
    s += el("path", { d: gl.d, transform: `translate(${n(cx - size / 2)} ${n(cy - size / 2)}) scale(${Math.round((size / 24) * 100) / 100})`, fill: gl.filled ? tint : "none", stroke: mix(tint, "#000000", 0.2), "stroke-width": 1.6, "stroke-linecap": "round", "stroke-linejoin": "round" });
  } else {
    // A generic product: a box with a lid and a label band.
    const bw = size * 0.9, bh = size * 0.7;
    s += rect(cx - bw / 2, cy - bh / 2 + size * 0.08, bw, bh, tint, { rx: size * 0.06 }) + rect(cx - bw * 0.55, cy - bh / 2 - size * 0.04, bw * 1.1, size * 0.16, mix(tint, "#000000", 0.15), { rx: size * 0.04 }) +
      rect(cx - bw * 0.3, cy - size * 0.02, bw * 0.6, size * 0.16, readableOn(tint), { rx: size * 0.03, opacity: 0.85 });
  }
  return s;
}
