// Logo: a mark (symbol from the words, a monogram, or a seeded geometric figure) beside or above a
// wordmark with the brand name. Video: the mark spins in and the wordmark fades up after it.
import { anim, fadeInOut } from "../animate";
import { readableOn } from "../color";
import { glyphFor } from "../glyphs";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text, textWidth } from "../svg";
import { glyph, initialsOf } from "./icon";
import { subjectArt, subjectLogo } from "./subject-mark";

export const logo: Composer = (ctx) => {
  const subject = subjectArt(ctx);
  if (subject) return subjectLogo(ctx, subject);
  const { w, h, pal, plan, rng } = ctx;
  // A brand name only from the prompt's own capitalised or quoted name: "a logo for a bakery" has none, so it
  // gets a mark alone rather than a word of the description promoted to a brand.
  const name = plan.name ?? plan.labels[0] ?? "";
  const horizontal = w / h >= 1.6;
  const markSize = horizontal ? h * 0.5 : Math.min(w, h) * 0.42;
  const nameSize0 = horizontal ? h * 0.26 : Math.min(w, h) * 0.12;
  // Fit the wordmark: shrink the font until it fits the available width.
  const avail = horizontal ? w - markSize - w * 0.18 : w * 0.86;
  const nameSize = Math.min(nameSize0, nameSize0 * avail / Math.max(1, textWidth(name, nameSize0) * 1.08));
  const totalW = horizontal ? markSize + nameSize * 0.5 + Math.min(avail, textWidth(name, nameSize) * 1.08) : markSize;
  const mx = horizontal ? (w - totalW) / 2 + markSize / 2 : w / 2;
  const my = horizontal ? h / 2 : h * 0.42;
  const glyphName = glyphFor(plan.lower.replace(/\blogo\b/g, ""));
  const style = glyphName ? "glyph" : rng.pick(name ? (["monogram", "rings", "petals", "stack"] as const) : (["rings", "petals", "stack"] as const));
  const mark = drawMark(ctx, style, mx, my, markSize, name, glyphName);
  const spun = ctx.dur ? el("g", {}, mark + anim(ctx, "transform", [`-90 ${n(mx)} ${n(my)}`, `0 ${n(mx)} ${n(my)}`, `0 ${n(mx)} ${n(my)}`, `-90 ${n(mx)} ${n(my)}`], { type: "rotate", keyTimes: [0, 0.2, 0.9, 1] }) + fadeInOut(ctx, 0, 0.97, 0.05)) : mark;
  const tx = horizontal ? mx + markSize / 2 + nameSize * 0.5 : w / 2;
  const ty = horizontal ? h / 2 + nameSize * 0.35 : my + markSize / 2 + nameSize * 1.5;
  const word = !name ? "" : text(tx, ty, name, nameSize, pal.text, { "font-weight": 800, "letter-spacing": n(-nameSize * 0.02), "text-anchor": horizontal ? "start" : "middle" }, avail) +
    (plan.labels[1] ? text(tx, ty + nameSize * 0.8, plan.labels[1], nameSize * 0.36, pal.muted, { "text-anchor": horizontal ? "start" : "middle", "letter-spacing": n(nameSize * 0.04) }, avail) : "");
  const body = rect(0, 0, w, h, pal.bg) + spun + (ctx.dur ? el("g", {}, word + fadeInOut(ctx, 0.15, 0.95)) : word);
  return { body, summary: name ? `logo for "${name}" with a ${style} mark` : `logo with a ${style} mark` };
};

function drawMark(ctx: Ctx, style: "glyph" | "monogram" | "rings" | "petals" | "stack", cx: number, cy: number, size: number, name: string, glyphName?: string): string {
  const { pal } = ctx;
  const r = size / 2;
  switch (style) {
    case "glyph":
      return rect(cx - r, cy - r, size, size, pal.primary, { rx: size * 0.28 }) + glyph(glyphName!, cx, cy, size * 0.6, readableOn(pal.primary));
    case "monogram": {
      const t = initialsOf(name);
      return hexagon(cx, cy, r, pal.primary) + text(cx, cy + r * 0.3, t, r * (t.length > 1 ? 0.78 : 0.95), readableOn(pal.primary), { "text-anchor": "middle", "font-weight": 800 });
    }
    case "rings":
      return [0, 1, 2].map((i) => {
        const a = (i / 3) * Math.PI * 2 - Math.PI / 2;
        return circle(cx + Math.cos(a) * r * 0.36, cy + Math.sin(a) * r * 0.36, r * 0.6, pal.accents[i]!, { opacity: 0.8 });
      }).join("");
    case "petals":
      return Array.from({ length: 6 }, (_, i) =>
        el("ellipse", { cx, cy: cy - r * 0.5, rx: r * 0.22, ry: r * 0.5, fill: pal.accents[i % 3]!, opacity: 0.85, transform: `rotate(${i * 60} ${n(cx)} ${n(cy)})` })).join("");
    case "stack":
      return [0, 1, 2].map((i) => rect(cx - r * 0.9 + i * r * 0.25, cy - r * 0.8 + i * r * 0.56, r * 1.3, r * 0.46, pal.accents[i]!, { rx: r * 0.23 })).join("");
  }
}

function hexagon(cx: number, cy: number, r: number, fill: string): string {
  const pts = Array.from({ length: 6 }, (_, i) => {
    const a = (i / 6) * Math.PI * 2 - Math.PI / 2;
    return `${n(cx + Math.cos(a) * r)},${n(cy + Math.sin(a) * r)}`;
  }).join(" ");
  return el("polygon", { points: pts, fill, "stroke-linejoin": "round" });
}

