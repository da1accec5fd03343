// Mobile app screen: a phone frame with status bar, header, a feed of cards and a bottom tab bar. On wide
// canvases the phone sits centred on a soft backdrop. Video: the screen transitions to a detail screen and
// back, sliding horizontally inside the phone.
import { anim } from "../animate";
import { mix } from "../color";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { TABS, pickLabels } from "../words";
import { button, fontScale, skeleton } from "./ui-parts";

export const mobileApp: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  // Phone of aspect 9:19.5 fitted into the canvas with a margin.
  const margin = Math.min(w, h) * 0.05;
  const ph = Math.min(h - margin * 2, (w - margin * 2) * (19.5 / 9));
  const pw = ph * (9 / 19.5);
  const px = (w - pw) / 2, py = (h - ph) / 2;
  const fs = fontScale(pw, ph, 390, 844);
  const bezel = fs(12);
  const sx = px + bezel, sy = py + bezel, sw = pw - bezel * 2, sh = ph - bezel * 2;
  let s = rect(0, 0, w, h, pal.dark ? mix(pal.bg, "#000000", 0.3) : mix(pal.bg, pal.primary, 0.08));
  if (w > pw * 1.6) for (let i = 0; i < 4; i++) s += circle(rng.range(0, w), rng.range(0, h), rng.range(0.1, 0.3) * h, pal.accents[i]!, { opacity: 0.12 });
  s += rect(px, py, pw, ph, "#0b0b0f", { rx: fs(54) });
  const clip = ctx.id("screen");
  const defs = el("clipPath", { id: clip }, rect(sx, sy, sw, sh, "#000", { rx: fs(44) }));

  const title = plan.labels[0] ?? "Today";
  const home = homeScreen(ctx, sx, sy, sw, sh, fs, title);
  let screens = home;
  if (ctx.dur) {
    // Second screen sits to the right; the group slides left and back.
    const detail = detailScreen(ctx, sx + sw, sy, sw, sh, fs);
    screens = el("g", {}, home + detail + anim(ctx, "transform", ["0 0", "0 0", `${n(-sw)} 0`, `${n(-sw)} 0`, "0 0", "0 0"],
      { type: "translate", keyTimes: [0, 0.35, 0.45, 0.85, 0.95, 1] }));
  }
  s += el("g", { "clip-path": `url(#${clip})` }, rect(sx, sy, sw, sh, pal.bg) + screens);
  // Status bar and notch drawn over the screens so they stay put during transitions.
  s += rect(px + pw / 2 - fs(55), sy + fs(10), fs(110), fs(30), "#0b0b0f", { rx: fs(15) });
  s += text(sx + fs(30), sy + fs(32), "9:41", fs(15), pal.text, { "font-weight": 700 });
  s += rect(sx + sw - fs(58), sy + fs(20), fs(26), fs(12), pal.text, { rx: fs(3), opacity: 0.9 });
  // Tab bar.
  const tabs = Math.min(6, Math.max(2, plan.counts.tab ?? 4));
  const names = pickLabels(tabs, plan.list, TABS);
  const tbH = fs(82), tbY = sy + sh - tbH;
  s += rect(sx, tbY, sw, tbH, pal.surface, { "clip-path": `url(#${clip})` }) + rect(sx, tbY, sw, 1, pal.line);
  names.forEach((t, i) => {
    const cx = sx + (sw / tabs) * (i + 0.5);
    const active = i === 0;
    s += rect(cx - fs(11), tbY + fs(14), fs(22), fs(22), active ? pal.primary : pal.muted, { rx: fs(6), opacity: active ? 1 : 0.5 }) +
      text(cx, tbY + fs(52), t, fs(11), active ? pal.primary : pal.muted, { "text-anchor": "middle", "font-weight": 600 }, sw / tabs - fs(4));
  });
  s += rect(px + pw / 2 - fs(60), sy + sh - fs(12), fs(120), fs(5), pal.text, { rx: fs(3), opacity: 0.6 });
  return { body: s, defs, summary: `mobile app screen "${title}" with a card feed and ${tabs} tabs` };
};

function homeScreen(ctx: Ctx, x: number, y: number, w: number, h: number, fs: (v: number) => number, title: string): string {
  const { pal, plan, rng } = ctx;
  let s = text(x + fs(22), y + fs(100), title, fs(32), pal.text, { "font-weight": 800 }, w - fs(90));
  s += circle(x + w - fs(40), y + fs(90), fs(18), pal.accents[2]!);
  // Horizontal chips.
  const chips = plan.labels.slice(1, 4);
  let cx = x + fs(22);
  for (let i = 0; i < 3; i++) {
    const label = chips[i] ?? ["All", "Favourites", "Recent"][i]!;
    const cw = Math.max(fs(60), label.length * fs(8) + fs(28));
    s += rect(cx, y + fs(124), cw, fs(32), i === 0 ? pal.primary : pal.surface2, { rx: fs(16) }) +
      text(cx + cw / 2, y + fs(145), label, fs(13), i === 0 ? "#ffffff" : pal.text, { "text-anchor": "middle", "font-weight": 600 }, cw - fs(12));
    cx += cw + fs(8);
  }
  // Hero card then list cards.
  const cardsTop = y + fs(176);
  s += rect(x + fs(22), cardsTop, w - fs(44), fs(150), pal.primary, { rx: fs(20) }) +
    text(x + fs(42), cardsTop + fs(44), plan.list[0] ?? "Your progress", fs(18), "#ffffff", { "font-weight": 700 }, w - fs(90)) +
    rect(x + fs(42), cardsTop + fs(110), w - fs(84), fs(10), "#ffffff", { rx: fs(5), opacity: 0.3 }) +
    rect(x + fs(42), cardsTop + fs(110), (w - fs(84)) * rng.range(0.3, 0.9), fs(10), "#ffffff", { rx: fs(5) });
  const items = Math.min(8, plan.counts.card ?? plan.counts.item ?? 4);
  for (let i = 0; i < items; i++) {
    const iy = cardsTop + fs(170) + i * fs(84);
    if (iy + fs(72) > y + h - fs(90)) break;
    s += rect(x + fs(22), iy, w - fs(44), fs(72), pal.surface, { rx: fs(16), stroke: pal.line }) +
      rect(x + fs(36), iy + fs(14), fs(44), fs(44), mix(pal.accents[(i + 1) % pal.accents.length]!, pal.surface, 0.3), { rx: fs(12) }) +
      (plan.list[i + 1] ? text(x + fs(94), iy + fs(32), plan.list[i + 1]!, fs(15), pal.text, { "font-weight": 600 }, w - fs(140)) : skeleton(x + fs(94), iy + fs(22), w - fs(150), 1, fs(9), pal, rng)) +
      skeleton(x + fs(94), iy + fs(44), w - fs(190), 1, fs(7), pal, rng);
  }
  return s;
}

function detailScreen(ctx: Ctx, x: number, y: number, w: number, h: number, fs: (v: number) => number): string {
  const { pal, rng } = ctx;
  return rect(x, y, w, h, pal.bg) +
    rect(x, y, w, h * 0.38, pal.accents[1]!) +
    circle(x + fs(38), y + fs(80), fs(16), "#ffffff", { opacity: 0.85 }) +
    text(x + fs(22), y + h * 0.38 + fs(50), "Details", fs(28), pal.text, { "font-weight": 800 }) +
    skeleton(x + fs(22), y + h * 0.38 + fs(76), w - fs(44), 5, fs(9), pal, rng) +
    button(x + fs(22), y + h - fs(170), w - fs(44), fs(52), "Continue", pal.primary, fs(16));
}
