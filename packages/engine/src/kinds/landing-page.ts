// Landing page wireframe: nav bar, hero with headline, sub-copy, two calls to action and a product mock,
// then a row of feature cards (or pricing tiers when the prompt mentions pricing). Video: the hero slides
// up and fades in, then each feature card follows.
import { anim, fadeInOut } from "../animate";
import { mix } from "../color";
import type { Composer } from "../composer";
import { circle, el, rect, text } from "../svg";
import { FEATURES, pickLabels, titleCase } from "../words";
import { button, fontScale, panel, skeleton } from "./ui-parts";

export const landingPage: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 1280, 900);
  const pad = Math.max(fs(48), w * 0.06);
  const cw = w - pad * 2;
  let s = rect(0, 0, w, h, pal.bg);
  const navH = fs(72);
  const brand = plan.name && plan.name !== plan.labels[0] ? plan.name : "Acme";
  s += rect(pad, navH / 2 - fs(12), fs(24), fs(24), pal.primary, { rx: fs(6) }) +
    text(pad + fs(34), navH / 2 + fs(7), brand, fs(19), pal.text, { "font-weight": 800 }, cw * 0.25);
  const links = pickLabels(4, [], ["Product", "Pricing", "Docs", "Blog"]);
  if (w > fs(800)) links.forEach((l, i) => { s += text(pad + cw * 0.38 + i * fs(96), navH / 2 + fs(6), l, fs(15), pal.muted, {}, fs(88)); });
  const cta = plan.labels[1] ?? (/\bsign ?up\b/.test(plan.lower) ? "Sign up" : "Get started");
  s += button(pad + cw - fs(130), navH / 2 - fs(19), fs(130), fs(38), cta, pal.primary, fs(14));

  // Hero.
  const heroTop = navH + fs(40);
  const heroH = Math.min(h * 0.5, fs(440));
  const split = w >= h;
  const textW = split ? cw * 0.5 : cw;
  const headline = plan.labels[0] ?? headlineFrom(plan.text);
  const hs = Math.min(fs(52), (textW / Math.max(8, headline.length)) * 2.4);
  const lines = wrapTwo(headline, Math.max(8, Math.floor(textW / (hs * 0.55))));
  let hero = pill(pad, heroTop, "New · " + (plan.list[0] ?? "Now in beta"), pal.primary, fs(13), fs);
  lines.forEach((ln, i) => { hero += text(pad, heroTop + fs(56) + hs * 1.1 * (i + 0.8), ln, hs, pal.text, { "font-weight": 800 }, textW); });
  const subY = heroTop + fs(56) + hs * 1.1 * lines.length + fs(24);
  hero += skeleton(pad, subY, textW * 0.85, 3, fs(10), pal, rng);
  const by = subY + fs(70);
  hero += button(pad, by, fs(160), fs(48), cta, pal.primary, fs(16)) +
    button(pad + fs(176), by, fs(150), fs(48), plan.labels[2] ?? "Learn more", pal.bg, fs(16), pal.text);
  s += el("g", {}, hero + anim(ctx, "transform", ["0 24", "0 0", "0 0", "0 24"], { type: "translate", keyTimes: [0, 0.15, 0.9, 1] }) + fadeInOut(ctx, 0, 0.95));
  if (split) {
    const mx = pad + cw * 0.56, mw = cw * 0.44, mh = heroH;
    s += el("g", {}, productMock(mx, heroTop, mw, mh, ctx, fs) + fadeInOut(ctx, 0.08, 0.95));
  }

  // Features or pricing.
  const pricing = /\b(pricing|plans?|tiers?|subscription)\b/.test(plan.lower);
  const secY = heroTop + (split ? heroH : by - heroTop + fs(80)) + fs(48);
  const n = Math.min(6, Math.max(1, (pricing ? plan.counts.plan : plan.counts.feature ?? plan.counts.card ?? plan.counts.column) ?? 3));
  const gap = fs(24), fw = (cw - gap * (n - 1)) / n, fh = h - secY - pad;
  if (fh > fs(80)) {
    const names = pricing ? pickLabels(n, [], ["Free", "Pro", "Team", "Enterprise"]) : pickLabels(n, plan.list.slice(1), FEATURES, plan.labels.slice(3)).map((f) => titleCase(f));
    names.forEach((name, i) => {
      const x = pad + i * (fw + gap);
      const hl = pricing && i === Math.min(1, n - 1);
      let card = panel(x, secY, fw, fh, pal, fs(14), hl ? { stroke: pal.primary, "stroke-width": 2 } : {});
      if (pricing) {
        card += text(x + fs(24), secY + fs(40), name, fs(18), pal.text, { "font-weight": 700 }, fw - fs(48)) +
          text(x + fs(24), secY + fs(84), `$${[0, 19, 49, 99, 199, 399][i]}`, fs(34), pal.text, { "font-weight": 800 }) +
          skeleton(x + fs(24), secY + fs(110), fw - fs(48), Math.max(1, Math.min(4, Math.floor((fh - fs(180)) / fs(20)))), fs(8), pal, rng);
        if (fh > fs(200)) card += button(x + fs(24), secY + fh - fs(64), fw - fs(48), fs(40), hl ? "Start trial" : "Choose", hl ? pal.primary : pal.surface2, fs(14));
      } else {
        const c = pal.accents[(i + 1) % pal.accents.length]!;
        card += rect(x + fs(24), secY + fs(24), fs(44), fs(44), mix(c, pal.surface, 0.8), { rx: fs(12) }) +
          circle(x + fs(46), secY + fs(46), fs(10), c) +
          text(x + fs(24), secY + fs(100), name, fs(18), pal.text, { "font-weight": 700 }, fw - fs(48)) +
          skeleton(x + fs(24), secY + fs(118), fw - fs(48), Math.max(0, Math.min(3, Math.floor((fh - fs(130)) / fs(17)))), fs(8), pal, rng);
      }
      s += el("g", {}, card + fadeInOut(ctx, 0.2 + i * 0.07, 0.95));
    });
  }
  return { body: s, summary: `landing page wireframe: hero "${headline}" and ${n} ${pricing ? "pricing tiers" : "feature cards"}` };
};

function pill(x: number, y: number, label: string, color: string, size: number, fs: (px: number) => number): string {
  const w = label.length * size * 0.58 + fs(28);
  return rect(x, y, w, fs(28), color, { rx: fs(14), "fill-opacity": 0.12 }) + text(x + fs(14), y + fs(19), label, size, color, { "font-weight": 600 }, w);
}

/** A browser-window mock with a mini chart, standing in for the product screenshot. */
function productMock(x: number, y: number, w: number, h: number, ctx: Parameters<Composer>[0], fs: (px: number) => number): string {
  const { pal, rng } = ctx;
  let s = panel(x, y, w, h, pal, fs(14), { "stroke-width": 1.5 }) + rect(x, y, w, fs(30), pal.surface2, { rx: fs(14) }) + rect(x, y + fs(16), w, fs(14), pal.surface2);
  for (let i = 0; i < 3; i++) s += circle(x + fs(18) + i * fs(16), y + fs(15), fs(5), ["#ef4444", "#f59e0b", "#22c55e"][i]!);
  const bx = x + fs(24), bw = w - fs(48), top = y + fs(60), bottom = y + h - fs(24);
  const bars = 7;
  for (let i = 0; i < bars; i++) {
    const bh = (bottom - top) * rng.range(0.25, 0.95);
    s += rect(bx + (i * bw) / bars + fs(4), bottom - bh, bw / bars - fs(8), bh, pal.accents[i % 2 === 0 ? 0 : 1]!, { rx: fs(4), opacity: 0.85 });
  }
  return s;
}

/** A headline from the prompt when no quoted one was given: its words minus the page vocabulary. */
function headlineFrom(text: string): string {
  const words = text.replace(/\b(a|an|the|landing|page|homepage|home|website|web|site|for|with|hero|section|saas|marketing|wireframe|of|and|\d+|features?|dark|mode|light|pricing)\b/gi, " ")
    .replace(/[^\p{L}\p{N}' -]/gu, " ").replace(/\s+/g, " ").trim();
  return words ? titleCase(words.split(" ").slice(0, 6).join(" ")) : "Build something people love";
}

function wrapTwo(s: string, perLine: number): string[] {
  if (s.length <= perLine) return [s];
  const words = s.split(" ");
  let a = "";
  while (words.length && (a + " " + words[0]).trim().length <= perLine) a = (a + " " + words.shift()).trim();
  if (!a) return [s];
  return [a, words.join(" ")];
}
