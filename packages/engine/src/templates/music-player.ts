// Music player: album art, the track and artist the prompt names ("now playing "Blue in Green" by Miles
// Davis"), a progress bar with times, transport controls, and an up-next list. Video: the record turns,
// the progress bar runs and the equaliser bars dance.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { titleCase } from "../words";
import { fitText, screen } from "./parts";

const TRACKS: [string, string][] = [["Midnight City", "Neon Harbor"], ["Golden Hour", "The Lanterns"], ["Ocean Eyes", "Luna Park"], ["Slow Burn", "Velvet Sky"],
  ["Paper Planes", "Kite Club"], ["Sunday Morning", "The Daydreams"], ["Northern Lights", "Aurora Lane"], ["City of Stars", "Moonlit"]];

export const musicPlayer: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const by = plan.text.match(/\bby\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})/u);
  const pick = TRACKS[rng.int(0, TRACKS.length - 1)]!;
  const trackTitle = plan.labels[0] ?? (plan.list[0] ? titleCase(plan.list[0]) : pick[0]);
  const artist = by?.[1] ?? plan.labels[1] ?? pick[1];
  const queue = (plan.list.length > 1 ? plan.list.slice(1).map(titleCase).map((t, i) => [t, TRACKS[(i + 3) % TRACKS.length]![1]] as [string, string]) : TRACKS.filter((t) => t[0] !== trackTitle).slice(0, 5));
  const total = 180 + rng.int(0, 120), at = Math.round(total * rng.range(0.2, 0.6));
  const time = (t: number) => `${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`;
  const gid = ctx.id("art");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 }, el("stop", { offset: 0, "stop-color": pal.primary }) + el("stop", { offset: 1, "stop-color": pal.accents[2]! }));
  let s = "";
  // Art: square cover on desktop left / phone top; a record peeks out and spins in video.
  const pad = fs(mobile ? 24 : 48);
  const artSize = mobile ? Math.min(w - pad * 2, h * 0.42) : Math.min(h - pad * 2 - fs(40), w * 0.38);
  const ax = mobile ? x + (w - artSize) / 2 : x + pad, ay = y + (mobile ? fs(24) : (h - artSize) / 2);
  const rc = { x: ax + artSize / 2, y: ay + artSize / 2 };
  const clip = ctx.id("artclip");
  let art = rect(ax, ay, artSize, artSize, `url(#${gid})`, { rx: ctx.dur ? artSize / 2 : fs(18) });
  for (let i = 0; i < 5; i++) art += circle(ax + rng.range(0.1, 0.9) * artSize, ay + rng.range(0.1, 0.9) * artSize, rng.range(0.08, 0.3) * artSize, pal.accents[(i + 1) % pal.accents.length]!, { opacity: 0.35 });
  art = el("g", { "clip-path": `url(#${clip})` }, art);
  art += circle(rc.x, rc.y, artSize * 0.18, "#ffffff", { opacity: 0.18 }) + circle(rc.x, rc.y, artSize * 0.04, "#ffffff", { opacity: 0.5 });
  // In video the cover is a record, so its turning reads as playing rather than as a square tumbling.
  if (ctx.dur) for (let k = 1; k <= 4; k++) art += circle(rc.x, rc.y, artSize * (0.22 + k * 0.06), "none", { stroke: "#000000", "stroke-width": fs(1), opacity: 0.15 });
  s += ctx.dur ? el("g", {}, art + anim(ctx, "transform", [`0 ${n(rc.x)} ${n(rc.y)}`, `360 ${n(rc.x)} ${n(rc.y)}`], { type: "rotate", ease: false })) : art;
  // Controls column.
  const cx0 = mobile ? x + pad : ax + artSize + fs(56);
  const cw = mobile ? w - pad * 2 : x + w - pad - cx0;
  let cy = mobile ? ay + artSize + fs(48) : y + fs(120);
  s += text(cx0, cy - fs(mobile ? 0 : 40), "NOW PLAYING", fs(12), pal.muted, { "font-weight": 700, "letter-spacing": n(fs(1.5)) }, cw);
  if (!mobile) cy += fs(10);
  s += fitText(cx0, cy + fs(30), trackTitle, fs(mobile ? 26 : 40), cw, pal.text, { "font-weight": 800 }) +
    fitText(cx0, cy + fs(mobile ? 56 : 66), artist, fs(mobile ? 16 : 20), cw, pal.muted, { "font-weight": 500 });
  cy += fs(mobile ? 90 : 110);
  const frac = at / total;
  s += rect(cx0, cy, cw, fs(6), pal.surface2, { rx: fs(3) }) +
    rect(cx0, cy, cw * frac, fs(6), pal.primary, { rx: fs(3) }, anim(ctx, "width", [cw * frac, cw * Math.min(1, frac + 0.25)], { ease: false }) || undefined) +
    circle(cx0 + cw * frac, cy + fs(3), fs(8), pal.primary, {}, anim(ctx, "cx", [cx0 + cw * frac, cx0 + cw * Math.min(1, frac + 0.25)], { ease: false }) || undefined) +
    text(cx0, cy + fs(28), time(at), fs(12), pal.muted) + text(cx0 + cw, cy + fs(28), `-${time(total - at)}`, fs(12), pal.muted, { "text-anchor": "end" });
  cy += fs(mobile ? 80 : 90);
  // Transport: shuffle, previous, play/pause, next, repeat.
  const mid = cx0 + cw / 2, step = Math.min(cw / 5, fs(90));
  const ic = (cxx: number, d: string, size: number, col: string) => el("path", { d, transform: `translate(${n(cxx - size / 2)} ${n(cy - size / 2)}) scale(${Math.round((size / 24) * 100) / 100})`, fill: col, stroke: col, "stroke-width": 1.5, "stroke-linejoin": "round" });
  s += circle(mid, cy, fs(36), pal.primary) + ic(mid, "M8 5h3v14H8zM13 5h3v14h-3z", fs(30), readableOn(pal.primary)) +
    ic(mid - step, "M18 6v12l-9-6zM6 6h2v12H6z", fs(28), pal.text) + ic(mid + step, "M6 6v12l9-6zM16 6h2v12h-2z", fs(28), pal.text) +
    ic(mid - step * 2, "M4 7h4l8 10h4M4 17h4l8-10h4", fs(22), pal.muted).replace(/fill="[^"]*"/, 'fill="none"') +
    ic(mid + step * 2, "M5 9a4 4 0 0 1 4-4h10l-3-3M19 15a4 4 0 0 1-4 4H5l3 3", fs(22), pal.muted).replace(/fill="[^"]*"/, 'fill="none"');
  cy += fs(mobile ? 60 : 70);
  // Equaliser and up next.
  const bars = 24, bw = cw / bars;
  for (let i = 0; i < bars; i++) {
    const hh = fs(28) * rng.range(0.2, 1);
    s += rect(cx0 + i * bw + bw * 0.2, cy - hh, bw * 0.6, hh, mix(pal.primary, pal.bg, 0.4), { rx: bw * 0.2 },
      anim(ctx, "height", [hh, fs(28) * rng.range(0.15, 1), hh], {}) ? anim(ctx, "height", [hh, fs(28) * rng.range(0.15, 1), hh], {}) + anim(ctx, "y", [cy - hh, cy - fs(14), cy - hh], {}) : undefined);
  }
  cy += fs(36);
  if (y + h - cy > fs(80)) {
    s += text(cx0, cy, "Up next", fs(15), pal.text, { "font-weight": 800 });
    queue.forEach(([t, a], i) => {
      const ry = cy + fs(16) + i * fs(56);
      if (ry + fs(48) > y + h - fs(12)) return;
      s += rect(cx0, ry, fs(44), fs(44), mix(pal.accents[(i + 1) % pal.accents.length]!, pal.bg, 0.3), { rx: fs(8) }) +
        fitText(cx0 + fs(56), ry + fs(20), t, fs(15), cw - fs(110), pal.text, { "font-weight": 600 }) +
        fitText(cx0 + fs(56), ry + fs(38), a, fs(12), cw - fs(110), pal.muted) +
        text(cx0 + cw, ry + fs(28), time(150 + ((i * 47) % 120)), fs(12), pal.muted, { "text-anchor": "end" });
    });
  }
  const out = sc.finish(s);
  return { body: out.body, defs: defs + el("clipPath", { id: clip }, ctx.dur ? circle(rc.x, rc.y, artSize / 2, "#000") : rect(ax, ay, artSize, artSize, "#000", { rx: fs(18) })) + out.defs, summary: `music player playing "${trackTitle}" by ${artist}` };
};
