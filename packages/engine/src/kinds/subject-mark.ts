// Logos and icons whose mark is a subject from the library: "a cute cat logo for a coffee shop" shows a cat (with
// a small coffee cup as a second motif), "cat icon" a cat on an app tile. Used by logo.ts and icon.ts when the
// prompt names a subject and its artwork is at hand; otherwise those keep their glyph/monogram marks.
import { fadeInOut, anim, pulse } from "../animate";
import { hexToHsl, hsl, mix } from "../color";
import type { Ctx, Drawing } from "../composer";
import { circle, el, n, rect, text, textWidth } from "../svg";
import { mainColor, outline, place, recolor, widthAt, type Art } from "../subjects/artwork";
import { planIllustration } from "../subjects/plan";

export interface SubjectArt { arts: Art[]; names: string[] }

/** The subjects' artwork for a mark (at most two), recoloured as the prompt says. */
export function subjectArt(ctx: Ctx): SubjectArt | undefined {
  if (!ctx.art) return undefined;
  const ill = planIllustration(ctx.plan);
  const arts: Art[] = [], names: string[] = [];
  ill.mentions.forEach((m, i) => {
    if (arts.length >= 2 || m.def.cat === "building" && arts.length) return;
    let a = ctx.art!(ill.icons[i]!);
    if (!a) return;
    if (m.color) a = recolor(a, m.color);
    arts.push(a);
    names.push(m.def.id);
  });
  return arts.length ? { arts, names } : undefined;
}

/** A soft tint of the subject's own colour, or the prompt's colour when it names one. */
function tileColor(ctx: Ctx, art: Art): string {
  const base = ctx.plan.colors[0] ?? mainColor(art) ?? ctx.pal.primary;
  const c = hexToHsl(base);
  return hsl(c.h, Math.min(0.75, Math.max(0.35, c.s)), ctx.pal.dark ? 0.3 : 0.9);
}

function mark(ctx: Ctx, sa: SubjectArt, cx: number, cy: number, size: number, outlined: boolean): string {
  const [main, second] = sa.arts;
  const ring = tileColor(ctx, main!);
  const accent = mix(ctx.plan.colors[0] ?? mainColor(main!) ?? ctx.pal.primary, "#000000", 0.15);
  let s = outlined ? circle(cx, cy, size / 2, "none", { stroke: accent, "stroke-width": n(size * 0.04) })
    : circle(cx, cy, size / 2, ring) + circle(cx, cy, size / 2 - size * 0.03, "none", { stroke: accent, "stroke-width": n(size * 0.025), opacity: 0.5 });
  const a = outlined ? outline(main!, accent, 0.9) : main!;
  const hh = size * 0.62;
  s += place(a, cx, cy + hh / 2, hh);
  if (second) {
    // The second motif sits in a small disc on the rim, like a badge on the mark.
    const r = size * 0.2, bx = cx + size * 0.34, by = cy + size * 0.34;
    s += circle(bx, by, r, ctx.pal.bg, { stroke: accent, "stroke-width": n(size * 0.02) }) + place(outlined ? outline(second, accent, 0.9) : second, bx, by + r * 0.62, r * 1.25);
  }
  return s;
}

export function subjectLogo(ctx: Ctx, sa: SubjectArt): Drawing {
  const { w, h, pal, plan } = ctx;
  // A brand name only when the prompt gives one (capitalised or quoted): never a word borrowed from the prompt.
  const name = plan.name ?? plan.labels[0];
  const outlined = /\b(outline[d]?|line art|monoline)\b/.test(plan.lower);
  const horizontal = !!name && w / h >= 1.6;
  const m = Math.min(w, h);
  const size = name ? (horizontal ? h * 0.56 : m * 0.46) : m * 0.62;
  const nameSize0 = horizontal ? h * 0.24 : m * 0.11;
  const avail = horizontal ? w - size - w * 0.18 : w * 0.86;
  const nameSize = name ? Math.min(nameSize0, (nameSize0 * avail) / Math.max(1, textWidth(name, nameSize0) * 1.08)) : 0;
  const totalW = horizontal ? size + nameSize * 0.5 + Math.min(avail, textWidth(name!, nameSize) * 1.08) : size;
  const cx = horizontal ? (w - totalW) / 2 + size / 2 : w / 2;
  const cy = horizontal || !name ? h / 2 : h * 0.42;
  let g = mark(ctx, sa, cx, cy, size, outlined);
  if (ctx.dur) g = el("g", {}, g + anim(ctx, "transform", [`-12 ${n(cx)} ${n(cy)}`, `0 ${n(cx)} ${n(cy)}`, `6 ${n(cx)} ${n(cy)}`, `-12 ${n(cx)} ${n(cy)}`], { type: "rotate", keyTimes: [0, 0.3, 0.65, 1] }));
  let word = "";
  if (name) {
    const tx = horizontal ? cx + size / 2 + nameSize * 0.5 : w / 2;
    const ty = horizontal ? h / 2 + nameSize * 0.35 : cy + size / 2 + nameSize * 1.4;
    word = text(tx, ty, name, nameSize, pal.text, { "font-weight": 800, "letter-spacing": n(-nameSize * 0.02), "text-anchor": horizontal ? "start" : "middle" }, avail);
    if (plan.labels[1]) word += text(tx, ty + nameSize * 0.8, plan.labels[1], nameSize * 0.36, pal.muted, { "text-anchor": horizontal ? "start" : "middle" }, avail);
    if (ctx.dur) word = el("g", {}, word + fadeInOut(ctx, 0.15, 0.95));
  }
  return { body: rect(0, 0, w, h, pal.bg) + g + word, subjects: sa.names, summary: `logo${name ? ` for "${name}"` : ""} with a ${sa.names.join(" and ")} mark` };
}

export function subjectIcon(ctx: Ctx, sa: SubjectArt): Drawing {
  const { w, h, pal, plan } = ctx;
  const size = Math.min(w, h) * 0.8;
  const cx = w / 2, cy = h / 2;
  const outlined = /\b(outline[d]?|line icon|stroke|wireframe)\b/.test(plan.lower);
  const shape = /\b(circle|circular|round)\b/.test(plan.lower) ? "circle" : /\bsquare\b/.test(plan.lower) && !/\brounded\b/.test(plan.lower) ? "square" : "rounded";
  const tint = tileColor(ctx, sa.arts[0]!);
  const gid = ctx.id("tile");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 },
    el("stop", { offset: 0, "stop-color": mix(tint, "#ffffff", 0.35) }) + el("stop", { offset: 1, "stop-color": tint }));
  let tile = "";
  if (!outlined) {
    tile = shape === "circle" ? circle(cx, cy, size / 2, `url(#${gid})`) : rect(cx - size / 2, cy - size / 2, size, size, `url(#${gid})`, { rx: shape === "square" ? size * 0.04 : size * 0.225 });
  }
  const accent = mix(plan.colors[0] ?? mainColor(sa.arts[0]!) ?? pal.primary, "#000000", 0.2);
  const a = outlined ? outline(sa.arts[0]!, accent, 1) : sa.arts[0]!;
  const hh = size * 0.66;
  const fit = Math.min(hh, (size * 0.72 * hh) / Math.max(1, widthAt(a, hh)));
  const art = place(a, cx, cy + fit / 2, fit);
  const body = rect(0, 0, w, h, outlined ? pal.bg : pal.dark ? pal.bg : "none") + pulse(ctx, cx, cy, tile + art);
  return { body, defs, subjects: sa.names.slice(0, 1), summary: `${shape} ${outlined ? "outline " : ""}icon of a ${sa.names[0]}` };
}
