// Map with pins: a stylised street map (blocks, a river, parks, main roads) with a pin for each place the
// prompt lists ("map with pins for the café, the museum and the station") or the number asked for, labelled,
// plus a search bar and zoom controls; a route joins the pins for "route"/"directions".
// Video: the pins drop in one after another and bounce; the route draws itself.
import { anim } from "../animate";
import { readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text, textWidth } from "../svg";
import { titleCase } from "../words";
import { clampN, fitText, screen } from "./parts";

const PLACES = ["Café Luna", "City Museum", "Central Station", "Riverside Park", "Market Hall", "Old Town", "Harbour", "Library"];

export const map: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const named = plan.list.map((p) => titleCase(p.replace(/^(the|a|an)\s+/i, "")));
  const want = plan.groups.find((g) => /pin|marker|location|stop|place|store|shop/.test(g.noun))?.count;
  const count = clampN(want ?? (named.length || 5), 1, 12, 5);
  const places = Array.from({ length: count }, (_, i) => named[i] ?? PLACES[i % PLACES.length]!);
  const land = pal.dark ? "#1f2937" : "#eef0e6", block = pal.dark ? "#273244" : "#e2e5d8", road = pal.dark ? "#475569" : "#ffffff", main = pal.dark ? "#64748b" : "#fde68a";
  const water = pal.dark ? "#1e3a5f" : "#aad3f2", park = pal.dark ? "#1f3d2b" : "#c8e6b0";
  let s = rect(x, y - (mobile ? fs(48) : 0), w, h + (mobile ? fs(48) : 0), land);
  // City blocks on a jittered grid.
  // At most ~400 blocks whatever the aspect ratio, so a 4096x64 map stays small.
  const cell = Math.max(fs(mobile ? 70 : 90), Math.sqrt(((w + fs(48)) * (h + fs(48))) / 400), Math.max(w, h) / 40);
  for (let gx = x - cell; gx < x + w; gx += cell) for (let gy = y - fs(48) - cell; gy < y + h; gy += cell) {
    const j = rng.range(-0.12, 0.12) * cell;
    s += rect(gx + fs(8) + j, gy + fs(8), cell - fs(16), cell - fs(16), rng.chance(0.12) ? park : block, { rx: fs(4) });
  }
  // River: a smooth band across the map.
  const ry0 = y + h * rng.range(0.25, 0.7);
  let river = `M${n(x - 20)} ${n(ry0)}`;
  for (let i = 1; i <= 4; i++) river += `S${n(x + (w * (i - 0.5)) / 4)} ${n(ry0 + rng.range(-0.15, 0.15) * h)} ${n(x + (w * i) / 4 + 20)} ${n(ry0 + rng.range(-0.12, 0.12) * h)}`;
  s += el("path", { d: river, fill: "none", stroke: water, "stroke-width": fs(mobile ? 34 : 46), "stroke-linecap": "round" });
  // Main roads.
  for (let i = 0; i < 3; i++) {
    const vertical = i % 2 === 0;
    const at = vertical ? x + w * rng.range(0.2, 0.8) : y + h * rng.range(0.2, 0.8);
    s += el("path", { d: vertical ? `M${n(at)} ${n(y - fs(48))}L${n(at + rng.range(-0.1, 0.1) * w)} ${n(y + h)}` : `M${n(x)} ${n(at)}L${n(x + w)} ${n(at + rng.range(-0.1, 0.1) * h)}`,
      stroke: main, "stroke-width": fs(10), "stroke-linecap": "round", fill: "none" });
  }
  s += el("path", { d: `M${n(x)} ${n(y + h * 0.15)}L${n(x + w)} ${n(y + h * 0.9)}`, stroke: road, "stroke-width": fs(7), fill: "none" });
  // Pins.
  const top = y + fs(mobile ? 70 : 80), bottom = y + h - fs(mobile ? 200 : 40);
  const pts = places.map((_, i) => ({ px: x + w * (0.12 + 0.76 * ((i + 0.5) / count)) + rng.range(-0.05, 0.05) * w, py: top + (bottom - top) * rng.range(0.1, 0.9) }));
  if (/\b(route|directions?|path|trip|journey|delivery)\b/.test(plan.lower) && pts.length > 1) {
    const d = pts.map((p, i) => `${i ? "L" : "M"}${n(p.px)} ${n(p.py)}`).join("");
    s += el("path", { d, fill: "none", stroke: pal.primary, "stroke-width": fs(6), "stroke-linecap": "round", "stroke-linejoin": "round", opacity: 0.85, pathLength: ctx.dur ? 1 : undefined, "stroke-dasharray": ctx.dur ? 1 : undefined },
      anim(ctx, "stroke-dashoffset", [1, 1, 0, 0], { keyTimes: [0, 0.3, 0.7, 1] }) || undefined);
  }
  places.forEach((label, i) => {
    const { px, py } = pts[i]!;
    const color = i === 0 ? pal.primary : pal.accents[(i + 1) % pal.accents.length]!;
    const r = fs(mobile ? 13 : 15);
    const pin = el("path", { d: `M${n(px)} ${n(py)}c${n(-r * 0.3)} ${n(-r * 1.1)} ${n(-r)} ${n(-r * 1.4)} ${n(-r)} ${n(-r * 2.2)}a${n(r)} ${n(r)} 0 1 1 ${n(r * 2)} 0c0 ${n(r * 0.8)} ${n(-r * 0.7)} ${n(r * 1.1)} ${n(-r)} ${n(r * 2.2)}z`, fill: color, stroke: "#ffffff", "stroke-width": fs(2) }) +
      circle(px, py - r * 2.2, r * 0.42, "#ffffff");
    const lw = Math.min(textWidth(label, fs(13)) * 1.2 + fs(22), w * 0.4);
    const tag = rect(px + r * 1.2, py - r * 3.1, lw, fs(26), pal.surface, { rx: fs(13), stroke: pal.line }) +
      fitText(px + r * 1.2 + fs(10), py - r * 3.1 + fs(18), label, fs(13), lw - fs(20), pal.text, { "font-weight": 600 });
    const drop = ctx.dur ? anim(ctx, "transform", [`0 ${n(-h)}`, `0 ${n(-h)}`, "0 0", `0 ${n(-fs(12))}`, "0 0", "0 0"], { type: "translate", keyTimes: [0, i * 0.06, i * 0.06 + 0.08, i * 0.06 + 0.11, i * 0.06 + 0.14, 1] }) : "";
    s += el("g", {}, el("ellipse", { cx: n(px), cy: n(py), rx: n(r * 0.6), ry: n(r * 0.22), fill: "#000000", opacity: 0.2 }) + pin + (px + r * 1.2 + lw < x + w ? tag : "") + drop);
  });
  // Search bar, zoom buttons, and on a phone a bottom sheet with the first place.
  s += rect(x + fs(16), y + fs(12), w - fs(32) - (mobile ? 0 : w * 0.55), fs(46), pal.surface, { rx: fs(23), stroke: pal.line }) +
    text(x + fs(40), y + fs(41), plan.labels[0] ?? `Search ${/\b(coffee|café|cafe)\b/.test(plan.lower) ? "coffee" : "places"}`, fs(15), pal.muted, {}, w * 0.4);
  if (!mobile) for (const [k, t] of [[0, "+"], [1, "−"]] as const)
    s += rect(x + w - fs(60), y + h - fs(130) + k * fs(48), fs(40), fs(44), pal.surface, { rx: fs(8), stroke: pal.line }) + text(x + w - fs(40), y + h - fs(100) + k * fs(48), t, fs(22), pal.text, { "text-anchor": "middle" });
  if (mobile) {
    const sy = y + h - fs(170);
    s += rect(x, sy, w, fs(170), pal.surface, { rx: fs(20) }) + rect(x + w / 2 - fs(20), sy + fs(8), fs(40), fs(4), pal.line, { rx: fs(2) }) +
      fitText(x + fs(20), sy + fs(46), places[0]!, fs(20), w - fs(40), pal.text, { "font-weight": 800 }) +
      text(x + fs(20), sy + fs(70), `${(rng.range(0.2, 3)).toFixed(1)} km · Open now`, fs(13), pal.muted) +
      rect(x + fs(20), sy + fs(90), w - fs(40), fs(46), pal.primary, { rx: fs(12) }) + text(x + w / 2, sy + fs(119), "Directions", fs(16), readableOn(pal.primary), { "text-anchor": "middle", "font-weight": 700 });
  }
  const out = sc.finish(s);
  return { ...out, summary: `map with ${count} pins: ${places.join(", ")}` };
};
