// Sky, celestial bodies and ground layers shared by the scene kinds. Scenes pick a time of day (day, sunset,
// night) and a ground (hills, mountains, sea, city, forest) independently, so "sunset over the sea" and "city
// skyline at dusk" are the same parts in a different order of importance.
import { createNoise2D } from "simplex-noise";
import { anim } from "../animate";
import { hexToHsl, hsl, mix } from "../color";
import type { Ctx } from "../composer";
import { circle, el, n, rect } from "../svg";

export type TimeOfDay = "day" | "sunset" | "night";
export type Ground = "hills" | "mountains" | "sea" | "city" | "forest";

export interface SkyColors { top: string; mid: string; horizon: string; sun: string; ground: string[] }

export function skyColors(time: TimeOfDay, ctx: Ctx): SkyColors {
  const tint = ctx.plan.colors[0];
  const base: SkyColors = time === "night"
    ? { top: "#050816", mid: "#101a3a", horizon: "#24305e", sun: "#f5f3ce", ground: ["#10162e", "#0c1126", "#080c1c", "#05070f"] }
    : time === "sunset"
      ? { top: "#2b1d52", mid: "#c2457a", horizon: "#ffb46b", sun: "#ffe08a", ground: ["#7a3b69", "#532b5c", "#34204a", "#1d1330"] }
      : { top: "#4f9ee8", mid: "#8cc5f2", horizon: "#dff1fb", sun: "#fff6c9", ground: ["#9cc98b", "#6fae6a", "#4c8f55", "#2f6b43"] };
  if (!tint) return base;
  // A colour in the prompt tints the whole sky and land, keeping the time-of-day lightness.
  const h = hexToHsl(tint).h;
  const retint = (c: string) => { const x = hexToHsl(c); return hsl(h + (x.h - hexToHsl(base.mid).h) * 0.2, Math.max(0.25, x.s * 0.9), x.l); };
  return { top: retint(base.top), mid: retint(base.mid), horizon: mix(base.horizon, tint, 0.3), sun: base.sun, ground: base.ground.map((g) => mix(g, retint(g), 0.6)) };
}

export function sky(ctx: Ctx, c: SkyColors, horizonY: number): [string, string] {
  const id = ctx.id("sky");
  const defs = el("linearGradient", { id, x1: 0, y1: 0, x2: 0, y2: 1 },
    el("stop", { offset: 0, "stop-color": c.top }) + el("stop", { offset: 0.6, "stop-color": c.mid }) + el("stop", { offset: 1, "stop-color": c.horizon }));
  return [defs, rect(0, 0, ctx.w, Math.max(horizonY, 1) + 2, `url(#${id})`)];
}

/** Sun with a soft glow (radial gradient, no filter so librsvg and browsers agree). */
export function sun(ctx: Ctx, cx: number, cy: number, r: number, color: string, motion = ""): [string, string] {
  const id = ctx.id("glow");
  const defs = el("radialGradient", { id },
    el("stop", { offset: 0, "stop-color": color, "stop-opacity": 0.55 }) + el("stop", { offset: 1, "stop-color": color, "stop-opacity": 0 }));
  return [defs, el("g", {}, circle(cx, cy, r * 3, `url(#${id})`) + circle(cx, cy, r, color) + motion)];
}

/** Crescent moon: a disc with an offset disc masked out, so the sky and glow show through the bite. */
export function moon(ctx: Ctx, cx: number, cy: number, r: number, color: string): [string, string] {
  const id = ctx.id("crescent");
  const defs = el("mask", { id }, rect(cx - r * 1.1, cy - r * 1.1, r * 2.2, r * 2.2, "#ffffff") + circle(cx + r * 0.45, cy - r * 0.25, r * 0.88, "#000000"));
  return [defs, circle(cx, cy, r * 2.2, color, { opacity: 0.08 }) + circle(cx, cy, r, color, { mask: `url(#${id})` })];
}

export function stars(ctx: Ctx, count: number, maxY: number): string {
  const { rng, w } = ctx;
  let s = "";
  for (let i = 0; i < count; i++) {
    const x = rng.range(0, w), y = rng.range(0, maxY) * rng.range(0.3, 1);
    const r = rng.chance(0.12) ? rng.range(1.4, 2.4) : rng.range(0.6, 1.3);
    const scale = Math.max(1, Math.min(w, ctx.h) / 900);
    const twinkle = i % 4 === 0 ? anim(ctx, "opacity", [1, 0.2, 1], { keyTimes: [0, rng.range(0.2, 0.8), 1] }) : "";
    s += circle(x, y, r * scale, "#ffffff", { opacity: n(rng.range(0.5, 1)) }, twinkle || undefined);
  }
  return s;
}

export function clouds(ctx: Ctx, count: number, maxY: number, color: string): string {
  const { rng, w } = ctx;
  let s = "";
  for (let i = 0; i < count; i++) {
    const sc = rng.range(0.6, 1.4) * Math.min(w, ctx.h) / 10;
    const cx = rng.range(0, w), cy = Math.max(sc * 1.1, rng.range(0.08, 1) * maxY);
    let puff = el("ellipse", { cx, cy, rx: sc * 1.6, ry: sc * 0.45, fill: color });
    for (let k = 0; k < 3; k++) puff += circle(cx + (k - 1) * sc * 0.7, cy - sc * (k === 1 ? 0.45 : 0.2), sc * (k === 1 ? 0.6 : 0.42), color);
    const drift = anim(ctx, "transform", ["0 0", `${n(w * 0.08)} 0`, "0 0"], { type: "translate" });
    s += el("g", { opacity: n(rng.range(0.55, 0.9)) }, puff + drift);
  }
  return s;
}

/** A ridge line from simplex noise, closed down to the bottom edge. */
export function ridge(ctx: Ctx, baseY: number, amp: number, freq: number, jag: number, fill: string): string {
  const noise = createNoise2D(ctx.rng.next);
  const { w, h } = ctx;
  const steps = 72;
  let d = `M0 ${n(h)}`;
  for (let i = 0; i <= steps; i++) {
    const x = (i / steps) * w;
    const t = i / steps;
    const y = baseY - amp * (0.5 + 0.5 * noise(t * freq, 0)) - amp * jag * 0.35 * noise(t * freq * 4, 7);
    d += `L${n(x)} ${n(y)}`;
  }
  return el("path", { d: d + `L${n(w)} ${n(h)}Z`, fill });
}

/** Mountain range with peaks (sharper than hills) and snow caps on the nearest-to-sky layer. */
export function mountains(ctx: Ctx, baseY: number, amp: number, fill: string, snow: boolean): string {
  const { w, h, rng } = ctx;
  const peaks = rng.int(3, 6);
  const pts: [number, number][] = [[-w * 0.05, baseY]];
  for (let i = 0; i < peaks; i++) {
    const x = ((i + rng.range(0.2, 0.8)) / peaks) * w;
    pts.push([x - w / peaks * rng.range(0.25, 0.45), baseY - amp * rng.range(0.15, 0.4)]);
    pts.push([x, baseY - amp * rng.range(0.65, 1)]);
  }
  pts.push([w * 1.05, baseY - amp * 0.2]);
  let d = `M${n(-w * 0.05)} ${n(h)}`;
  for (const [x, y] of pts) d += `L${n(x)} ${n(y)}`;
  let s = el("path", { d: d + `L${n(w * 1.05)} ${n(h)}Z`, fill });
  if (snow) {
    for (let i = 2; i < pts.length - 1; i += 2) {
      const [px, py] = pts[i]!, [lx, ly] = pts[i - 1]!, nx = pts[i + 1]![0], ny = pts[i + 1]![1];
      const f = 0.28;
      s += el("path", { d: `M${n(px)} ${n(py)}L${n(px + (nx - px) * f)} ${n(py + (ny - py) * f)}L${n(px + (nx - px) * f * 0.5)} ${n(py + (ny - py) * f * 0.8)}L${n(px)} ${n(py + (ny - py) * f * 0.6)}L${n(px + (lx - px) * f * 0.5)} ${n(py + (ly - py) * f * 0.85)}L${n(px + (lx - px) * f)} ${n(py + (ly - py) * f)}Z`, fill: "#f8fafc", opacity: 0.92 });
    }
  }
  return s;
}

/** Sea from the horizon down, with light streaks; in video the streaks roll sideways on a loop. */
export function sea(ctx: Ctx, horizonY: number, top: string, bottom: string, glint: string, sunX?: number): [string, string] {
  const { w, h, rng } = ctx;
  const id = ctx.id("sea");
  const defs = el("linearGradient", { id, x1: 0, y1: 0, x2: 0, y2: 1 }, el("stop", { offset: 0, "stop-color": top }) + el("stop", { offset: 1, "stop-color": bottom }));
  let s = rect(0, horizonY, w, h - horizonY, `url(#${id})`);
  // Wave streaks: rows get longer and thicker towards the viewer (perspective).
  let streaks = "";
  const rows = 16;
  for (let r = 0; r < rows; r++) {
    const t = (r + 1) / rows;
    const y = horizonY + (h - horizonY) * t * t;
    const len = w * (0.02 + 0.06 * t);
    for (let k = 0; k < 3 + r; k++) {
      const x = rng.range(-0.1, 1.1) * w;
      streaks += rect(x, y, len, Math.max(1, 3 * t), "#ffffff", { rx: 1.5 * t, opacity: n(0.1 + 0.15 * t) });
    }
  }
  s += el("g", {}, streaks + anim(ctx, "transform", ["0 0", `${n(w * 0.05)} 0`, "0 0"], { type: "translate" }));
  if (sunX !== undefined) {
    // Reflection column of the sun/moon.
    for (let r = 0; r < 10; r++) {
      const y = horizonY + (h - horizonY) * ((r + 0.5) / 10) ** 1.4;
      const ww = w * (0.03 + 0.025 * r) * rng.range(0.6, 1.2);
      s += rect(sunX - ww / 2, y, ww, Math.max(1.5, h * 0.006), glint, { rx: 2, opacity: n(0.7 - r * 0.05) },
        anim(ctx, "opacity", [0.7 - r * 0.05, 0.2, 0.7 - r * 0.05], { keyTimes: [0, rng.range(0.3, 0.7), 1] }) || undefined);
    }
  }
  return [defs, s];
}

/** City skyline: two depths of buildings, lit windows via a pattern; in video some windows blink. */
export function city(ctx: Ctx, baseY: number, far: string, near: string, windowColor: string, night: boolean): [string, string] {
  const { w, h, rng } = ctx;
  const pid = ctx.id("win");
  const cell = Math.max(6, Math.min(w, h) / 60);
  const defs = el("pattern", { id: pid, width: n(cell), height: n(cell * 1.5), patternUnits: "userSpaceOnUse" },
    rect(cell * 0.25, cell * 0.35, cell * 0.5, cell * 0.7, windowColor, { opacity: night ? 0.85 : 0.35 }));
  let s = "";
  for (const [layer, color, hMax, lit] of [[0, far, 0.34, false], [1, near, 0.22, true]] as const) {
    let x = -rng.range(0, w * 0.05);
    while (x < w) {
      const bw = rng.range(0.04, 0.1) * w;
      const bh = rng.range(0.3, 1) * hMax * h;
      const top = baseY - bh + layer * h * 0.06;
      s += rect(x, top, bw - 2, h - top, color);
      if (lit && rng.chance(0.8)) s += rect(x + cell * 0.4, top + cell, bw - 2 - cell * 0.8, Math.max(0, h - top - cell * 2), `url(#${pid})`);
      if (layer === 0 && rng.chance(0.2)) s += rect(x + bw * 0.45, top - bh * 0.12, 2, bh * 0.12, color);
      if (lit && night && rng.chance(0.3)) {
        const wx = x + cell * 0.4 + Math.floor(rng.range(0, (bw - cell * 2) / cell)) * cell + cell * 0.25;
        const wy = top + cell + Math.floor(rng.range(1, 6)) * cell * 1.5 + cell * 0.35;
        s += rect(wx, wy, cell * 0.5, cell * 0.7, near, {}, anim(ctx, "opacity", [0, 0, 1, 1, 0], { keyTimes: [0, rng.range(0.1, 0.4), rng.range(0.45, 0.5), rng.range(0.6, 0.9), 1], calcMode: "discrete" }) || undefined);
      }
      x += bw;
    }
  }
  return [defs, s];
}

/** A row of pine trees along a ground line. */
export function forest(ctx: Ctx, baseY: number, height: number, color: string, density: number): string {
  const { w, rng } = ctx;
  let s = "";
  // Capped: a very wide, short canvas would otherwise ask for thousands of trees.
  const count = Math.min(140, Math.round(density * (w / height) * 2.2));
  for (let i = 0; i < count; i++) {
    const x = (i / count) * w + rng.range(-0.3, 0.3) * (w / count);
    const th = height * rng.range(0.6, 1.15), tw = th * rng.range(0.32, 0.42);
    const y = baseY + rng.range(-0.05, 0.12) * height;
    let d = "";
    for (let t = 0; t < 3; t++) {
      const ty = y - th + (t * th) / 3.3, tww = tw * (0.55 + t * 0.22);
      d += `M${n(x)} ${n(ty)}L${n(x + tww / 2)} ${n(ty + th * 0.42)}L${n(x - tww / 2)} ${n(ty + th * 0.42)}Z`;
    }
    d += `M${n(x - tw * 0.06)} ${n(y - th * 0.1)}h${n(tw * 0.12)}v${n(th * 0.14)}h${n(-tw * 0.12)}Z`;
    s += el("path", { d, fill: color });
  }
  return s;
}

export function birds(ctx: Ctx, count: number, y0: number, color: string): string {
  const { rng, w } = ctx;
  let s = "";
  for (let i = 0; i < count; i++) {
    const x = rng.range(0.1, 0.9) * w, y = y0 + rng.range(-0.05, 0.05) * ctx.h, sz = rng.range(0.008, 0.014) * w;
    const fly = anim(ctx, "transform", ["0 0", `${n(w * 0.15)} ${n(-ctx.h * 0.03)}`, "0 0"], { type: "translate" });
    s += el("path", { d: `M${n(x - sz)} ${n(y - sz * 0.4)}Q${n(x - sz * 0.4)} ${n(y - sz * 0.6)} ${n(x)} ${n(y)}Q${n(x + sz * 0.4)} ${n(y - sz * 0.6)} ${n(x + sz)} ${n(y - sz * 0.4)}`, fill: "none", stroke: color, "stroke-width": n(Math.max(1, sz * 0.18)), "stroke-linecap": "round" }, fly || undefined);
  }
  return s;
}
