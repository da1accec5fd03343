// Avatars, deterministic per name: "avatar for Ada Lovelace" and "profile picture of Ada Lovelace" draw the
// same face, because the picture is seeded from the name (plus options.seed when one is given), not from the
// whole prompt. Styles: a friendly abstract face, Bauhaus shapes, a mirrored identicon, or initials.
// Video: the face blinks and bobs; other styles turn slowly.
import { anim } from "../animate";
import { hsl, readableOn } from "../color";
import { createRng, hashString, type Rng } from "../random";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { initialsOf } from "./icon";

export const avatar: Composer = (ctx) => {
  const { w, h, plan } = ctx;
  const name = plan.name ?? plan.labels[0] ?? nameFromWords(plan.text);
  const rng = createRng(hashString(name.toLowerCase()) ^ (plan.seed >= 0 ? plan.seed : 0), "avatar");
  const baseHue = rng.range(0, 360);
  const colors = plan.colors.length >= 2 ? plan.colors : [0, 140, 200, 40, 300].map((d, i) => hsl(baseHue + d, 0.55 + (i % 2) * 0.1, 0.55 + (i % 3) * 0.08));
  const l = plan.lower;
  const style = /\b(identicon|pixel|pixels|8-?bit|retro)\b/.test(l) ? "identicon" : /\binitials?|monogram|letters?\b/.test(l) ? "initials"
    : /\b(bauhaus|geometric|shapes|abstract)\b/.test(l) ? "bauhaus" : rng.chance(0.65) ? "face" : "bauhaus";
  const size = Math.min(w, h);
  const cx = w / 2, cy = h / 2, r = size / 2;
  const clip = ctx.id("round");
  const round = !/\bsquare\b/.test(l);
  const defs = el("clipPath", { id: clip }, round ? circle(cx, cy, r, "#000") : rect(cx - r, cy - r, size, size, "#000", { rx: size * 0.12 }));
  let inner = rect(cx - r, cy - r, size, size, colors[0]!);
  if (style === "face") inner += face(ctx, rng, cx, cy, r, colors);
  else if (style === "bauhaus") inner += bauhaus(ctx, rng, cx, cy, r, colors);
  else if (style === "identicon") inner += identicon(rng, cx, cy, r, colors);
  else inner += text(cx, cy + r * 0.17, initialsOf(name), r * 0.62, readableOn(colors[0]!), { "text-anchor": "middle", "font-weight": 700 });
  const body = el("g", { "clip-path": `url(#${clip})` }, inner);
  return { body, defs, summary: `${style} avatar for "${name}"` };
};

function nameFromWords(text: string): string {
  const m = text.replace(/\b(avatars?|profile|picture|pic|photo|image|user|for|of|an?|the|identicon|square|round)\b/gi, " ").trim();
  return m || "anonymous";
}

function face(ctx: Ctx, rng: Rng, cx: number, cy: number, r: number, c: string[]): string {
  const rot = rng.range(-12, 12), dx = rng.range(-0.08, 0.08) * r, dy = rng.range(0, 0.1) * r;
  const skin = c[1]!, feature = readableOn(skin);
  const hx = cx + dx, hy = cy + dy + r * 0.12;
  const eyeY = hy - r * 0.12, eyeDx = r * rng.range(0.16, 0.22), eyeR = r * rng.range(0.05, 0.075);
  const blink = (ex: number) => ctx.dur
    ? el("ellipse", { cx: ex, cy: eyeY, rx: eyeR, ry: eyeR, fill: feature }, anim(ctx, "ry", [eyeR, eyeR, eyeR * 0.1, eyeR, eyeR], { keyTimes: [0, 0.46, 0.5, 0.54, 1], ease: false }))
    : circle(ex, eyeY, eyeR, feature);
  const smile = rng.chance(0.7);
  const mouthW = r * rng.range(0.16, 0.26), my = hy + r * 0.16;
  const mouth = smile
    ? el("path", { d: `M${n(hx - mouthW)} ${n(my)}Q${n(hx)} ${n(my + mouthW * 0.9)} ${n(hx + mouthW)} ${n(my)}`, fill: "none", stroke: feature, "stroke-width": n(r * 0.05), "stroke-linecap": "round" })
    : rect(hx - mouthW * 0.7, my, mouthW * 1.4, r * 0.05, feature, { rx: r * 0.025 });
  // Hair: a cap over the top of the head, in one of three cuts.
  const cut = rng.int(0, 2);
  const hair = cut === 0 ? el("path", { d: `M${n(hx - r * 0.58)} ${n(hy - r * 0.1)}Q${n(hx - r * 0.6)} ${n(hy - r * 0.72)} ${n(hx)} ${n(hy - r * 0.7)}Q${n(hx + r * 0.6)} ${n(hy - r * 0.72)} ${n(hx + r * 0.58)} ${n(hy - r * 0.1)}Q${n(hx + r * 0.3)} ${n(hy - r * 0.45)} ${n(hx - r * 0.58)} ${n(hy - r * 0.1)}Z`, fill: c[3]! })
    : cut === 1 ? circle(hx + r * 0.35, hy - r * 0.55, r * 0.25, c[3]!) + rect(hx - r * 0.58, hy - r * 0.62, r * 1.16, r * 0.3, c[3]!, { rx: r * 0.15 })
    : "";
  const head = rect(hx - r * 0.58, hy - r * 0.55, r * 1.16, r * 1.16, skin, { rx: r * 0.5 });
  const body = el("ellipse", { cx: hx, cy: cy + r * 1.05, rx: r * 0.75, ry: r * 0.45, fill: c[2]! });
  const content = body + el("g", { transform: `rotate(${n(rot)} ${n(hx)} ${n(hy)})` }, head + hair + blink(hx - eyeDx) + blink(hx + eyeDx) + mouth);
  return ctx.dur ? el("g", {}, content + anim(ctx, "transform", ["0 0", `0 ${n(-r * 0.04)}`, "0 0", `0 ${n(-r * 0.04)}`, "0 0"], { type: "translate" })) : content;
}

function bauhaus(ctx: Ctx, rng: Rng, cx: number, cy: number, r: number, c: string[]): string {
  const turn = (s: string) => ctx.dur ? el("g", {}, s + anim(ctx, "transform", [`0 ${n(cx)} ${n(cy)}`, `90 ${n(cx)} ${n(cy)}`, `0 ${n(cx)} ${n(cy)}`], { type: "rotate" })) : s;
  return turn(
    rect(cx - r * rng.range(0.2, 0.9), cy - r * rng.range(0.2, 0.9), r * 1.1, r * 0.5, c[1]!, { transform: `rotate(${rng.int(0, 3) * 45} ${n(cx)} ${n(cy)})` }) +
    circle(cx + r * rng.range(-0.4, 0.4), cy + r * rng.range(-0.4, 0.4), r * rng.range(0.25, 0.45), c[2]!) +
    el("path", { d: `M${n(cx - r)} ${n(cy + r)}L${n(cx + r * rng.range(-0.3, 0.3))} ${n(cy + r * rng.range(-0.2, 0.3))}L${n(cx + r)} ${n(cy + r)}Z`, fill: c[3]!, opacity: 0.9 }),
  );
}

function identicon(rng: Rng, cx: number, cy: number, r: number, c: string[]): string {
  const cells = 5, pad = r * 0.3, cell = (r * 2 - pad * 2) / cells;
  let s = rect(cx - r, cy - r, r * 2, r * 2, "#f1f5f9");
  const fg = c[1]!;
  for (let y = 0; y < cells; y++) for (let x = 0; x < 3; x++) {
    if (!rng.chance(0.5)) continue;
    for (const xx of x === 2 ? [2] : [x, cells - 1 - x]) s += rect(cx - r + pad + xx * cell, cy - r + pad + y * cell, cell + 0.5, cell + 0.5, fg);
  }
  return s;
}
