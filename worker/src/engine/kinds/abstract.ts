// Fallback for prompts that name no known subject: soft overlapping shapes in the prompt's palette, with the
// prompt's first words as a caption so the picture still says what was asked.
import { circle, el, n, rect, text } from "../svg";
import type { Composer } from "../scene";
import { anim } from "../animate";

export const abstract: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const g = ctx.id("bg");
  const blur = ctx.id("soft");
  const defs =
    el("linearGradient", { id: g, x1: 0, y1: 0, x2: 1, y2: 1 },
      el("stop", { offset: 0, "stop-color": pal.bg }) + el("stop", { offset: 1, "stop-color": pal.surface2 })) +
    el("filter", { id: blur, x: "-50%", y: "-50%", width: "200%", height: "200%" }, el("feGaussianBlur", { stdDeviation: n(Math.min(w, h) * 0.04) }));
  let shapes = "";
  const count = plan.counts.shape ?? plan.counts.circle ?? rng.int(5, 8);
  for (let i = 0; i < count; i++) {
    const cx = rng.range(0.1, 0.9) * w, cy = rng.range(0.1, 0.9) * h;
    const r = rng.range(0.12, 0.32) * Math.min(w, h);
    const fill = pal.accents[i % pal.accents.length]!;
    const motion = anim(ctx, "transform", [`0 0`, `${n(rng.range(-0.08, 0.08) * w)} ${n(rng.range(-0.08, 0.08) * h)}`, `0 0`], { type: "translate" });
    if (rng.chance(0.6)) shapes += circle(cx, cy, r, fill, { opacity: 0.55, filter: i % 2 ? `url(#${blur})` : undefined }, motion || undefined);
    else shapes += rect(cx - r, cy - r * 0.6, r * 2, r * 1.2, fill, { rx: r * 0.3, opacity: 0.5, transform: `rotate(${n(rng.range(-30, 30))} ${n(cx)} ${n(cy)})` }, motion || undefined);
  }
  const caption = plan.labels[0] ?? plan.text;
  const size = Math.max(12, Math.min(w, h) * 0.055);
  const body = rect(0, 0, w, h, `url(#${g})`) + shapes +
    text(w * 0.06, h - size * 1.6, caption, size, pal.text, { "font-weight": 600, opacity: 0.85 }, w * 0.88);
  return { body, defs, summary: `abstract composition of ${count} soft shapes` };
};
