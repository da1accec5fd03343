// Fallback for prompts that name no known subject: a calm editorial composition in the prompt's colours and
// mood (soft blurred fields, one strong disc, a few fine lines and a dot cluster), captioned with the
// prompt's words so the picture still says what was asked. Energetic prompts get more, sharper shapes;
// sad ones go cool and muted. Video: the fields drift and the disc rises and sets.
import { anim } from "../animate";
import { hexToHsl, hsl, mix } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";

export const abstract: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const base = hexToHsl(pal.primary);
  const sad = plan.mood === "sad", loud = plan.mood === "energetic" || plan.style === "vibrant";
  const sat = sad ? 0.25 : loud ? 0.75 : 0.5;
  const hue = sad ? 215 + rng.range(-15, 15) : base.h;
  // Neighbouring hues only: distant ones blur into mud.
  const tones = [0, 28, -24, 52].map((d) => hsl(hue + d, sat, pal.dark ? 0.45 : 0.62));
  const g = ctx.id("bg"), blur = ctx.id("soft");
  const m = Math.min(w, h);
  const bgA = pal.dark ? hsl(hue, 0.3, 0.1) : hsl(hue + 20, 0.45, 0.95), bgB = pal.dark ? hsl(hue + 30, 0.3, 0.16) : hsl(hue - 10, 0.4, 0.88);
  const defs =
    el("linearGradient", { id: g, x1: 0, y1: 0, x2: 0.3, y2: 1 }, el("stop", { offset: 0, "stop-color": bgA }) + el("stop", { offset: 1, "stop-color": bgB })) +
    el("filter", { id: blur, x: "-50%", y: "-50%", width: "200%", height: "200%" }, el("feGaussianBlur", { stdDeviation: n(m * 0.07) }));

  let fields = "";
  const count = Math.min(12, plan.counts.shape ?? plan.counts.circle ?? (loud ? 5 : 3));
  for (let i = 0; i < count; i++) {
    const drift = anim(ctx, "transform", ["0 0", `${n(rng.range(-0.1, 0.1) * w)} ${n(rng.range(-0.08, 0.08) * h)}`, "0 0"], { type: "translate" });
    fields += el("ellipse", { cx: rng.range(0.1, 0.9) * w, cy: rng.range(0.15, 0.85) * h, rx: rng.range(0.2, 0.4) * w, ry: rng.range(0.15, 0.3) * h,
      fill: tones[i % tones.length]!, opacity: 0.55 }, drift || undefined);
  }
  // The one strong element: a disc on a rule-of-thirds point, rising and setting in video.
  const dx = w * rng.pick([1 / 3, 2 / 3]), dy = h * rng.pick([0.38, 0.45]), dr = m * rng.range(0.14, 0.2);
  const disc = circle(dx, dy, dr, mix(tones[1]!, pal.dark ? "#ffffff" : "#000000", 0.08), {},
    anim(ctx, "cy", [dy + dr * 0.6, dy - dr * 0.2, dy + dr * 0.6], {}) || undefined);
  // Fine lines: horizontal for calm prompts, tilted shards for loud ones.
  let lines = "";
  const lineColor = pal.dark ? "#ffffff" : hsl(hue, 0.3, 0.25);
  const k = loud ? 7 : 4;
  for (let i = 0; i < k; i++) {
    const y = h * (0.58 + i * 0.045);
    const x0 = w * rng.range(0.05, 0.3), x1 = w * rng.range(0.55, 0.95);
    const tilt = loud ? rng.range(-0.15, 0.15) * h : 0;
    lines += el("path", { d: `M${n(x0)} ${n(y)}L${n(x1)} ${n(y + tilt)}`, stroke: lineColor, "stroke-width": n(Math.max(1, m * 0.003)), opacity: 0.35, "stroke-linecap": "round" });
  }
  let dots = "";
  const cx0 = w * rng.pick([0.72, 0.12]), cy0 = h * 0.14, step = m * 0.028;
  for (let r = 0; r < 4; r++) for (let c = 0; c < 6; c++) dots += circle(cx0 + c * step, cy0 + r * step, step * 0.16, lineColor, { opacity: 0.4 });

  const caption = plan.labels[0] ?? plan.text;
  const size = Math.max(10, m * 0.04);
  const body = rect(0, 0, w, h, `url(#${g})`) + el("g", { filter: `url(#${blur})` }, fields) + disc + lines + dots +
    text(w * 0.06, h - size * 1.8, caption, size, pal.dark ? "#f8fafc" : hsl(hue, 0.35, 0.2), { "font-weight": 600, opacity: 0.85 }, w * 0.88);
  return { body, defs, summary: `abstract ${sad ? "muted" : loud ? "energetic" : "calm"} composition with ${count} soft fields and a disc` };
};
