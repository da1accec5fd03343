// Illustrations: the subjects a prompt names (Fluent Emoji Flat artwork, recoloured as asked) composed in a setting
// (park, street, beach, room, underwater, space, plain, the landscape grounds, or several: "mountains with a
// lake"), under the prompt's time of day, weather, season and style. Video: each subject moves the way its verb
// says (animate.ts), weather falls, and "drone shot" pans the whole picture.
import { anim, motion, type MotionBox } from "../animate";
import { hexToHsl, hsl, mix } from "../color";
import type { Composer, Ctx } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { mapFills, outline, place, recolor, tintTo, widthAt, type Art } from "../subjects/artwork";
import type { Mention } from "../subjects/find";
import { planIllustration, type Illustration } from "../subjects/plan";
import { starsVisible, sunVisible, type Setting } from "../subjects/setting";
import { scene } from "./scenes";
import { city, clouds, forest, moon, mountains, ridge, sea, stars, sun } from "./scene-parts";

interface Sky { top: string; mid: string; horizon: string; sunColor: string }
interface Layout { horizon: number; groundTop: number; base: number; windowBox?: [number, number, number, number]; tableTop?: number }

// Clothing colour of each person figure, so "in a red jacket" recolours the clothes, never the skin.
const CLOTHES_OF: Record<string, string> = { person: "#ff6723", woman: "#8b62bf", man: "#00a6ed" };

export const illustration: Composer = (ctx) => {
  const ill = planIllustration(ctx.plan);
  const s = ill.setting;
  // A plain landscape with nothing added keeps the classic scene drawing (its sunset and night are tuned).
  if (ill.mentions.length === 0 && s.backdrop === "outdoor" && s.weather === "clear" && !s.season && !s.style && s.far.length <= 1 && !s.park &&
    (s.ground === "grass" || s.ground === "sand" && s.far[0] === "sea") && !ill.verb) return scene(ctx);
  return drawIllustration(ctx, ill);
};

export function drawIllustration(ctx: Ctx, ill: Illustration) {
  const { w, h } = ctx;
  const s = ill.setting;
  const art = (name: string): Art | undefined => styled(ctx, s, ctx.art?.(name));
  const sky = skyFor(ctx, s);
  const lay: Layout = layoutFor(s, h);
  let defs = "", back = "";
  const add = ([d, b]: [string, string]) => { defs += d; back += b; };

  switch (s.backdrop) {
    case "outdoor": add(outdoor(ctx, s, sky, lay)); break;
    case "room": add(room(ctx, s, sky, lay)); break;
    case "underwater": add(underwater(ctx, lay)); break;
    case "space": add(space(ctx)); break;
    case "plain": add(plain(ctx, s, lay)); break;
  }
  if (s.style === "blueprint") { const [d, b] = blueprint(ctx); defs += d; back = b; }
  if (s.table) back += table(ctx, s, lay);
  const [decorBack, decorFront] = decor(ctx, ill, art, lay);
  const [subjDefs, subjects] = drawSubjects(ctx, ill, art, lay);
  defs += subjDefs;
  let body = back + decorBack + (s.weather === "fog" && s.backdrop === "outdoor" ? fogVeil(ctx) : "") + subjects + decorFront;
  if (s.backdrop !== "room") {
    const [wd, wx] = weather(ctx, s);
    defs += wd;
    body += wx;
  }
  if (s.backdrop === "room" && s.window) body = windowFrame(ctx, s, body, lay);
  const [sd, sb] = styleOverlay(ctx, s, body);
  defs += sd;
  body = sb;
  if (ctx.dur && (ill.verb === "pan" || ill.verb === "zoom")) body = cameraMove(ctx, ill.verb, body);
  const names = ill.mentions.map((m) => (m.count > 1 ? `${m.count} ${m.def.id}s` : m.def.id));
  const mods = [s.time !== "day" ? s.time : "", s.weather !== "clear" ? s.weather : "", s.season ?? "", s.style ?? ""].filter(Boolean);
  return { body, defs, subjects: ill.mentions.filter((m, i) => ctx.art?.(ill.icons[i]!)).map((m) => m.def.id), summary: `illustration of ${names.join(", ") || "a scene"} in a ${s.name} setting${mods.length ? ` (${mods.join(", ")})` : ""}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Backgrounds

function skyFor(ctx: Ctx, s: Setting): Sky {
  const wet = s.weather === "rain" || s.weather === "storm";
  if (s.style === "neon") return { top: "#0d0221", mid: "#2a0a4a", horizon: "#b0166d", sunColor: "#ff6ec7" };
  if (s.time === "night") return wet ? { top: "#070b14", mid: "#111a2a", horizon: "#26324a", sunColor: "#f5f3ce" }
    : s.weather === "fog" ? { top: "#1b2230", mid: "#2b3444", horizon: "#4a5568", sunColor: "#f5f3ce" }
    : { top: "#050816", mid: "#101a3a", horizon: "#2c3a6e", sunColor: "#f5f3ce" };
  if (s.time === "sunset") return wet ? { top: "#3b3f58", mid: "#6f6a84", horizon: "#b79a9a", sunColor: "#ffe08a" }
    : { top: "#2b1d52", mid: "#c2457a", horizon: "#ffb46b", sunColor: "#ffe08a" };
  if (wet) return { top: "#5b6675", mid: "#7e8a98", horizon: "#aab4bf", sunColor: "#fff6c9" };
  if (s.weather === "snow") return { top: "#9fb0c3", mid: "#c4d0dc", horizon: "#e9eef3", sunColor: "#fff6c9" };
  if (s.weather === "fog") return { top: "#b8c2cc", mid: "#d3d9df", horizon: "#e8ebee", sunColor: "#fff6c9" };
  if (s.weather === "cloudy") return { top: "#7d9bb8", mid: "#a9bfd2", horizon: "#dde6ee", sunColor: "#fff6c9" };
  const c = ctx.plan.style === "pastel" || s.style === "pastel" ? { top: "#a8d8f0", mid: "#c9e8f7", horizon: "#fbe3ec", sunColor: "#fff1b8" }
    : { top: "#3f8fdc", mid: "#86c0ef", horizon: "#dff1fb", sunColor: "#fff6c9" };
  return c;
}

function layoutFor(s: Setting, h: number): Layout {
  const horizon = s.backdrop === "room" ? h * 0.7 : s.far.includes("city") ? h * 0.62 : s.far.length ? h * 0.58 : h * 0.62;
  return { horizon, groundTop: horizon, base: s.backdrop === "plain" ? h * 0.8 : s.backdrop === "room" ? h * 0.9 : h * 0.88 };
}

function gradient(ctx: Ctx, id: string, stops: [number, string][], vertical = true): string {
  return el("linearGradient", { id: ctx.id(id), x1: 0, y1: 0, x2: vertical ? 0 : 1, y2: vertical ? 1 : 0 },
    stops.map(([o, c]) => el("stop", { offset: o, "stop-color": c })).join(""));
}

function groundColors(s: Setting): [string, string] {
  const night = s.time === "night", dusk = s.time === "sunset";
  let pair: [string, string];
  switch (s.ground) {
    case "sand": pair = ["#f3d9a4", "#e4bf7f"]; break;
    case "desert": pair = ["#eec48a", "#d89f5b"]; break;
    case "street": pair = ["#5b6270", "#3d434e"]; break;
    case "snow": pair = ["#f4f8fc", "#dbe6f0"]; break;
    case "water": pair = ["#3aa0d8", "#1e5f99"]; break;
    default:
      pair = s.season === "autumn" ? ["#b5a24a", "#8c7a2f"] : s.season === "winter" ? ["#f4f8fc", "#dbe6f0"] : s.season === "spring" ? ["#8fd46a", "#5fae4a"]
        : ["#8cc870", "#5da24f"];
  }
  if (s.weather === "rain" || s.weather === "storm") pair = [mix(pair[0], "#5b6675", 0.3), mix(pair[1], "#3b4452", 0.3)];
  if (night) return [mix(pair[0], "#0b1026", 0.72), mix(pair[1], "#05070f", 0.75)];
  if (dusk) return [mix(pair[0], "#532b5c", 0.35), mix(pair[1], "#34204a", 0.4)];
  return pair;
}

function outdoor(ctx: Ctx, s: Setting, sky: Sky, lay: Layout): [string, string] {
  const { w, h, rng } = ctx;
  let defs = gradient(ctx, "sky", [[0, sky.top], [0.6, sky.mid], [1, sky.horizon]]);
  let b = rect(0, 0, w, lay.horizon + 2, `url(#${ctx.id("sky")})`);
  // Sky bodies, never contradicting the weather: no sun in rain, fog or at night; stars only on clear nights.
  if (starsVisible(s)) {
    b += stars(ctx, Math.min(260, ctx.plan.counts.star ?? Math.round((w * lay.horizon) / 7000)), lay.horizon * 0.9);
    const [md, ms] = moon(ctx, w * 0.8, h * 0.16, Math.min(w, h) * 0.05, sky.sunColor);
    defs += md; b += ms;
  } else if (sunVisible(s) && !ctx.plan.lower.match(/\bsun\b/)) {
    const r = Math.min(w, h) * (s.time === "sunset" ? 0.08 : 0.055);
    const [sd, ss] = sun(ctx, w * 0.78, s.time === "sunset" ? lay.horizon - r * 0.5 : h * 0.17, r, s.style === "neon" ? sky.sunColor : sky.sunColor);
    defs += sd; b += ss;
  }
  if (s.weather === "cloudy" || s.weather === "rain" || s.weather === "storm" || s.weather === "snow") {
    const grey = s.time === "night" ? "#2a3344" : s.weather === "snow" ? "#e6ebf0" : "#8995a3";
    b += clouds(ctx, 7, lay.horizon * 0.45, grey);
  } else if (s.time !== "night" && s.style !== "neon") b += clouds(ctx, rng.int(2, 4), lay.horizon * 0.5, s.time === "sunset" ? "#f6c6b4" : "#ffffff");

  // Far layers back to front, each lower than the last: "mountains with a lake", "city by the sea".
  const far = s.far;
  let y = lay.horizon;
  const tone = (c: string, k: number) => (s.time === "night" ? mix(c, "#0b1026", 0.7) : s.time === "sunset" ? mix(c, "#5a2d5e", 0.45) : s.weather === "fog" ? mix(c, "#d3d9df", 0.55) : mix(c, sky.horizon, k));
  for (const f of far) {
    if (f === "mountains") {
      b += mountains(ctx, y, h * 0.36, tone("#7d8fb0", 0.35), s.time !== "night" || s.season === "winter");
      b += mountains(ctx, y + h * 0.03, h * 0.2, tone("#5d7394", 0.2), s.season === "winter");
    } else if (f === "hills") {
      b += ridge(ctx, y, h * 0.08, 1.2, 0.15, tone(groundColors(s)[0], 0.35));
    } else if (f === "forest") {
      b += forest(ctx, y + h * 0.02, h * 0.12, tone(s.season === "autumn" ? "#b4562a" : s.season === "winter" ? "#4f6b5e" : "#2f6b43", 0.25), 1);
    } else if (f === "city") {
      const neon = s.style === "neon";
      const [cd, cs] = city(ctx, y, tone(neon ? "#2a1a4a" : "#7b8aa3", 0.3), neon ? "#1a1030" : tone("#4b5568", 0.1),
        neon ? "#ff4fd8" : s.time === "night" ? "#ffd27a" : s.time === "sunset" ? "#ffcf8a" : "#dbeafe", s.time !== "day");
      defs += cd; b += cs;
    }
  }
  // No far layer named: soft distant hills, so the horizon is not a ruler line.
  if (far.length === 0 && (s.ground === "grass" || s.ground === "snow")) b += ridge(ctx, y + h * 0.01, h * 0.06, 1.3, 0.1, tone(mix(groundColors(s)[0], "#ffffff", 0.25), 0.45));
  const water = far.includes("sea") || far.includes("lake") || s.ground === "water";
  const [g0, g1] = groundColors(s);
  defs += gradient(ctx, "ground", [[0, g0], [1, g1]]);
  if (water) {
    // Water from the horizon (sea) or as a lake in the middle distance with a shore in front.
    const top = far.includes("lake") && far.length > 1 ? y + h * 0.02 : y;
    const [sd, ss] = sea(ctx, top, tone("#5fb4e6", 0.1), s.time === "night" ? "#0a1a33" : "#1f6aa8", sky.sunColor, sunVisible(s) || starsVisible(s) ? w * (starsVisible(s) ? 0.8 : 0.78) : undefined);
    defs += sd; b += ss;
    if (s.ground !== "water") {
      const shore = far.includes("lake") ? h * 0.8 : h * 0.76;
      b += ridge(ctx, shore, h * 0.04, 1, 0.1, `url(#${ctx.id("ground")})`);
      lay.groundTop = shore - h * 0.04;
    }
  } else {
    b += ridge(ctx, y + h * 0.02, h * 0.03, 1, 0.1, `url(#${ctx.id("ground")})`);
  }
  if (s.ground === "street") b += street(ctx, s, lay);
  if (s.ground === "sand" && !water) b += "";
  return [defs, b];
}

function street(ctx: Ctx, s: Setting, lay: Layout): string {
  const { w, h } = ctx;
  const top = Math.max(lay.groundTop, h * 0.72);
  let b = rect(0, top - h * 0.03, w, h * 0.03, s.time === "night" ? "#2a2f3a" : "#9aa3ae");
  b += rect(0, top, w, h - top, s.time === "night" ? "#1c2029" : "#4b525e");
  const y = top + (h - top) * 0.55;
  for (let x = w * 0.02; x < w; x += w * 0.12) b += rect(x, y, w * 0.06, Math.max(2, h * 0.008), "#f4f1de", { opacity: 0.85 });
  // Street lamps; at night they glow (and show the rain falling through their light).
  for (const fx of [0.12, 0.62]) {
    const x = w * fx, ph = h * 0.3;
    b += rect(x - 2, top - h * 0.03 - ph, 4, ph, "#2b303b") + rect(x - w * 0.02, top - h * 0.03 - ph, w * 0.04, h * 0.012, "#2b303b", { rx: 3 });
    const lampC = s.style === "neon" ? "#4ff3ff" : "#ffe6a6";
    b += circle(x + w * 0.015, top - h * 0.03 - ph + h * 0.018, Math.min(w, h) * 0.012, lampC);
    if (s.time !== "day") b += el("ellipse", { cx: x + w * 0.015, cy: top - h * 0.03 - ph * 0.4, rx: w * 0.05, ry: ph * 0.62, fill: lampC, opacity: 0.12 });
  }
  lay.groundTop = top;
  lay.base = top + (h - top) * 0.45;
  return b;
}

function room(ctx: Ctx, s: Setting, sky: Sky, lay: Layout): [string, string] {
  const { w, h } = ctx;
  const night = s.time === "night";
  const wall = s.style === "neon" ? "#1a1030" : night ? "#2c2f45" : s.season === "autumn" ? "#f3e3cf" : "#f1ebe1";
  const floor = night ? "#3b3046" : "#c79a6b";
  let defs = gradient(ctx, "floor", [[0, floor], [1, mix(floor, "#000000", 0.25)]]);
  let b = rect(0, 0, w, h, wall) + rect(0, lay.horizon, w, h - lay.horizon, `url(#${ctx.id("floor")})`) + rect(0, lay.horizon - h * 0.012, w, h * 0.012, mix(wall, "#000000", 0.15));
  // The window shows the outside: the same sky, weather and far layers, drawn small and clipped.
  const wx = w * (s.window ? 0.14 : 0.58), wy = h * (s.window ? 0.08 : 0.12), ww = w * (s.window ? 0.72 : 0.26), wh = h * (s.window ? 0.62 : 0.36);
  const clip = ctx.id("pane");
  defs += el("clipPath", { id: clip }, rect(wx, wy, ww, wh, "#000000"));
  const inner: Ctx = { ...ctx, rng: ctx.rng.fork("window") };
  const outside = { ...s, backdrop: "outdoor" as const, far: s.far.length ? s.far : (["city"] as Setting["far"]), ground: "grass" as const, park: false };
  const [od, ob] = outdoorIn(inner, outside, sky, wx, wy, ww, wh);
  const [wd, wb] = weather(ctx, { ...outside });
  defs += od + wd;
  // City lights out of focus through wet glass at night.
  let bokeh = "";
  if (s.time !== "day" && outside.far.includes("city")) {
    for (let i = 0; i < 16; i++) {
      const r = ctx.rng.range(0.015, 0.04) * Math.min(w, h);
      bokeh += circle(wx + ctx.rng.range(0, ww), wy + wh * ctx.rng.range(0.45, 0.95), r, ctx.rng.pick(["#ffd27a", "#ffb36b", "#ff7a7a", "#fff1c1", "#9fd3ff"]), { opacity: n(ctx.rng.range(0.18, 0.4)) });
    }
  }
  b += el("g", { "clip-path": `url(#${clip})` }, ob + bokeh + wb);
  lay.windowBox = [wx, wy, ww, wh];
  // A table for the things that sit on one (cups, food, devices), unless the scene is only people or animals.
  return [defs, b];
}

/** The outdoor scene fitted into a window pane. */
function outdoorIn(ctx: Ctx, s: Setting, sky: Sky, x: number, y: number, w: number, h: number): [string, string] {
  const sub: Ctx = { ...ctx, w, h: h, id: (k) => ctx.id("win-" + k) };
  const l2: Layout = { horizon: h * 0.7, groundTop: h * 0.7, base: h };
  const [d, b] = outdoor(sub, s, sky, l2);
  return [d, el("g", { transform: `translate(${n(x)} ${n(y)})` }, b)];
}

function windowFrame(ctx: Ctx, s: Setting, body: string, lay: Layout): string {
  const { w, h } = ctx;
  const [wx, wy, ww, wh] = lay.windowBox ?? [0, 0, w, h];
  const frame = s.time === "night" ? "#3a3550" : "#ffffff";
  const t = Math.max(4, Math.min(w, h) * 0.018);
  let f = rect(wx - t, wy - t, ww + 2 * t, t, frame) + rect(wx - t, wy + wh, ww + 2 * t, t * 1.6, frame) + rect(wx - t, wy, t, wh, frame) + rect(wx + ww, wy, t, wh, frame);
  f += rect(wx + ww / 2 - t / 2, wy, t, wh, frame) + rect(wx, wy + wh / 2 - t / 2, ww, t, frame);
  // Drops on the glass when it rains.
  let drops = "";
  if (s.weather === "rain" || s.weather === "storm") {
    for (let i = 0; i < 60; i++) {
      const x = wx + ctx.rng.range(0, ww), y = wy + ctx.rng.range(0, wh), r = ctx.rng.range(1.5, 4) * Math.min(w, h) / 900;
      drops += el("ellipse", { cx: x, cy: y, rx: r, ry: r * 1.35, fill: "#dbe9ff", opacity: 0.45 });
      if (i % 6 === 0) drops += rect(x - r * 0.3, y, r * 0.6, ctx.rng.range(10, 40) * r, "#dbe9ff", { opacity: 0.3, rx: r * 0.3 });
    }
  }
  return body + el("g", {}, drops) + f;
}

function underwater(ctx: Ctx, lay: Layout): [string, string] {
  const { w, h, rng } = ctx;
  let defs = gradient(ctx, "deep", [[0, "#37b7e6"], [0.5, "#0f78b5"], [1, "#06345e"]]);
  let b = rect(0, 0, w, h, `url(#${ctx.id("deep")})`);
  // Light rays from the surface, then a sandy floor with seaweed; bubbles rise in video.
  for (let i = 0; i < 5; i++) {
    const x = w * (0.1 + i * 0.2 + rng.range(-0.05, 0.05));
    b += el("path", { d: `M${n(x - w * 0.03)} 0L${n(x + w * 0.03)} 0L${n(x + w * 0.14)} ${n(h * 0.8)}L${n(x - w * 0.02)} ${n(h * 0.8)}Z`, fill: "#ffffff", opacity: 0.07 });
  }
  b += ridge(ctx, h * 0.86, h * 0.05, 1.2, 0.1, "#d9c08a") + ridge(ctx, h * 0.93, h * 0.03, 1, 0.1, "#c7a96b");
  for (let i = 0; i < 7; i++) {
    const x = rng.range(0.03, 0.97) * w, hh = rng.range(0.12, 0.28) * h, sw = Math.max(3, w * 0.008);
    b += el("path", { d: `M${n(x)} ${n(h * 0.9)}q${n(-sw * 3)} ${n(-hh / 3)} 0 ${n(-hh / 1.6)}t0 ${n(-hh / 2.6)}`, fill: "none", stroke: i % 2 ? "#2f9e63" : "#3fb877", "stroke-width": sw, "stroke-linecap": "round" },
      anim(ctx, "transform", [`0 ${n(x)} ${n(h * 0.9)}`, `6 ${n(x)} ${n(h * 0.9)}`, `0 ${n(x)} ${n(h * 0.9)}`], { type: "rotate" }) || undefined);
  }
  let bubbles = "";
  for (let i = 0; i < 14; i++) {
    const x = rng.range(0.05, 0.95) * w, y = rng.range(0.1, 0.85) * h, r = rng.range(0.004, 0.012) * Math.min(w, h) * 1.5;
    bubbles += circle(x, y, r, "none", { stroke: "#e6f7ff", "stroke-width": Math.max(1, r * 0.25), opacity: 0.6 },
      anim(ctx, "transform", ["0 0", `0 ${n(-h * 0.25)}`], { type: "translate", ease: false }) || undefined);
  }
  lay.base = h * 0.9;
  lay.groundTop = h * 0.84;
  return [defs, b + bubbles];
}

function space(ctx: Ctx): [string, string] {
  const { w, h } = ctx;
  const defs = el("radialGradient", { id: ctx.id("nebula"), cx: 0.3, cy: 0.35, r: 0.8 },
    el("stop", { offset: 0, "stop-color": "#3b1f6e" }) + el("stop", { offset: 0.5, "stop-color": "#141a3f" }) + el("stop", { offset: 1, "stop-color": "#05060f" }));
  return [defs, rect(0, 0, w, h, `url(#${ctx.id("nebula")})`) + stars(ctx, Math.min(300, ctx.plan.counts.star ?? Math.round((w * h) / 6000)), h)];
}

function plain(ctx: Ctx, s: Setting, lay: Layout): [string, string] {
  const { w, h, pal } = ctx;
  const base = s.style === "minimal" ? mix(pal.primary, "#ffffff", 0.88) : s.style === "pastel" ? "#fdf1f5" : mix(pal.primary, "#ffffff", 0.82);
  const defs = el("radialGradient", { id: ctx.id("studio"), cx: 0.5, cy: 0.42, r: 0.75 },
    el("stop", { offset: 0, "stop-color": mix(base, "#ffffff", 0.6) }) + el("stop", { offset: 1, "stop-color": base }));
  let b = rect(0, 0, w, h, s.style === "minimal" ? base : `url(#${ctx.id("studio")})`);
  if (s.style === "minimal") b += rect(w * 0.1, lay.base, w * 0.8, Math.max(1, h * 0.004), mix(pal.primary, "#000000", 0.2), { opacity: 0.5 });
  return [defs, b];
}

/** A plain wooden table (or desk) across the middle; things that sit on tables stand on its top. */
function table(ctx: Ctx, s: Setting, lay: Layout): string {
  const { w, h } = ctx;
  const top = s.backdrop === "room" ? h * 0.7 : h * 0.72;
  const wood = s.style === "blueprint" ? "none" : s.time === "night" ? "#6b4a3a" : "#b07a4f";
  const stroke = s.style === "blueprint" ? { stroke: "#ffffff", "stroke-width": 2 } : {};
  const x0 = w * 0.12, x1 = w * 0.88, t = h * 0.035;
  let b = rect(x0 + w * 0.04, top + t, w * 0.025, h - top, mix(wood === "none" ? "#000000" : wood, "#000000", 0.25), stroke) +
    rect(x1 - w * 0.065, top + t, w * 0.025, h - top, mix(wood === "none" ? "#000000" : wood, "#000000", 0.25), stroke);
  b += rect(x0, top, x1 - x0, t, wood, { rx: t * 0.3, ...stroke }) + rect(x0, top + t * 0.7, x1 - x0, t * 0.3, "#000000", { opacity: s.style === "blueprint" ? 0 : 0.15 });
  lay.tableTop = top + t * 0.2;
  return b;
}

function blueprint(ctx: Ctx): [string, string] {
  const { w, h } = ctx;
  const cell = Math.max(8, Math.min(w, h) / 24);
  const id = ctx.id("grid");
  const defs = el("pattern", { id, width: n(cell), height: n(cell), patternUnits: "userSpaceOnUse" },
    el("path", { d: `M${n(cell)} 0H0V${n(cell)}`, fill: "none", stroke: "#ffffff", "stroke-width": 0.6, opacity: 0.35 }));
  return [defs, rect(0, 0, w, h, "#1d4e89") + rect(0, 0, w, h, `url(#${id})`) +
    rect(w * 0.03, h * 0.04, w * 0.94, h * 0.92, "none", { stroke: "#ffffff", "stroke-width": 2, opacity: 0.8 })];
}

// ---------------------------------------------------------------------------------------------------------------
// Decoration and subjects

function styled(ctx: Ctx, s: Setting, a: Art | undefined): Art | undefined {
  if (!a) return undefined;
  if (s.style === "blueprint") return outline(a, "#ffffff");
  if (s.time === "night" && s.backdrop === "outdoor" && s.style !== "neon") return mapFills(a, (c) => mix(c, "#1a2040", 0.35));
  void ctx;
  return a;
}

function decor(ctx: Ctx, ill: Illustration, art: (n: string) => Art | undefined, lay: Layout): [string, string] {
  const { w, h, rng } = ctx;
  const s = ill.setting;
  let back = "", front = "";
  const get = (name: string) => (ill.decor.includes(name) ? art(name) : undefined);
  const treeName = s.season === "winter" ? "evergreen-tree" : "deciduous-tree";
  let tree = get(treeName);
  if (tree && s.season === "autumn") tree = recolor(tree, "#e0731f", "#44911b");
  if (tree && s.season === "spring") tree = recolor(tree, "#f4a6c6", "#44911b");
  const groundY = Math.max(lay.groundTop + h * 0.06, h * 0.72);
  if (tree && s.backdrop === "outdoor") {
    const subjTree = ill.icons.some((i) => i.includes("tree"));
    const spots = subjTree ? [0.06] : [0.08, 0.9];
    for (const fx of spots) back += place(tree, w * fx + rng.range(-0.02, 0.02) * w, groundY + h * 0.02, h * rng.range(0.34, 0.42));
    const bush = get("herb");
    if (bush) for (const fx of [0.22, 0.76]) back += place(bush, w * fx, groundY + h * 0.04, h * 0.07);
  }
  for (const fname of ["blossom", "tulip"]) {
    const f = get(fname);
    if (!f) continue;
    for (let i = 0; i < 5; i++) front += place(f, rng.range(0.03, 0.97) * w, rng.range(0.9, 0.99) * h, h * rng.range(0.035, 0.05));
  }
  for (const lname of ["fallen-leaf", "maple-leaf"]) {
    const leaf = get(lname);
    if (!leaf) continue;
    for (let i = 0; i < 7; i++) {
      const x = rng.range(0.02, 0.98) * w, y = rng.range(0.86, 0.99) * h;
      const fall = ctx.dur ? anim(ctx, "transform", [`0 ${n(-h * 0.5)}`, "0 0", "0 0"], { type: "translate", keyTimes: [0, rng.range(0.3, 0.7), 1] }) : "";
      front += ctx.dur ? el("g", {}, fall + place(leaf, x, y, h * 0.04)) : place(leaf, x, y, h * 0.04);
    }
  }
  const palm = get("palm-tree"), umb = get("umbrella-on-ground");
  if (palm) back += place(palm, w * 0.88, lay.base + h * 0.02, h * 0.5);
  if (umb) back += place(umb, w * 0.12, lay.base - h * 0.02, h * 0.22);
  const coral = get("coral");
  if (coral) for (const fx of [0.08, 0.3, 0.72, 0.93]) back += place(s.season === "autumn" ? coral : coral, w * fx, h * rng.range(0.92, 0.96), h * rng.range(0.16, 0.24));
  for (const fname of ["tropical-fish", "fish"]) {
    const f = get(fname);
    if (!f) continue;
    for (let i = 0; i < 2; i++) {
      const x = rng.range(0.1, 0.9) * w, y = rng.range(0.2, 0.6) * h, flip = rng.chance(0.5);
      const swim = anim(ctx, "transform", ["0 0", `${n((flip ? 1 : -1) * w * 0.08)} ${n(h * 0.02)}`, "0 0"], { type: "translate" });
      back += el("g", {}, place(f, x, y, h * rng.range(0.06, 0.09), { flip }) + swim);
    }
  }
  const planet = get("ringed-planet");
  if (planet) back += place(planet, w * 0.14, h * 0.3, Math.min(w, h) * 0.2);
  const plant = get("potted-plant");
  if (plant && s.backdrop === "room") back += place(plant, w * 0.9, lay.base, h * 0.3);
  const pic = get("framed-picture");
  if (pic && s.backdrop === "room") back += place(pic, w * 0.22, h * 0.42, h * 0.22);
  return [back, front];
}

interface Placed { m: Mention; art: Art; x: number; y: number; hgt: number; idx: number; i: number }

function drawSubjects(ctx: Ctx, ill: Illustration, art: (n: string) => Art | undefined, lay: Layout): [string, string] {
  const { w, h, rng } = ctx;
  const s = ill.setting;
  let defs = "";
  if (ill.portrait) return portrait(ctx, ill, art);
  // Resolve artwork (recoloured) for every mention; skip what the lookup cannot provide.
  const items: { m: Mention; art: Art; idx: number }[] = [];
  ill.mentions.forEach((m, idx) => {
    let a = art(ill.icons[idx]!);
    if (!a) return;
    if (m.color && s.style !== "blueprint") {
      const clothes = m.person ? CLOTHES_OF[ill.icons[idx]!.split("-")[0]!] : undefined;
      a = clothes ? recolorNarrow(a, m.color, clothes) : recolor(a, m.color);
    }
    // Autumn turns what grows orange and red (unless the prompt gave it a colour).
    if (s.season === "autumn" && !m.color && (m.def.cat === "plant" || m.def.cat === "building")) a = autumnal(a);
    items.push({ m, art: a, idx });
  });
  if (items.length === 0) return ["", ""];
  // At most 24 figures in one picture: larger counts are thinned in proportion (size and clarity).
  const figures = items.reduce((a, it) => a + it.m.count, 0);
  if (figures > 24) for (const it of items) it.m = { ...it.m, count: Math.max(1, Math.floor((it.m.count * 24) / figures)) };

  // Scale: the tallest ground subject gets a fixed share of the picture; others keep their real-world size
  // ratio, softened (size^0.6) so a ball beside a dog or a cup beside a laptop stays visible.
  const inScene = s.backdrop !== "plain";
  const ground = items.filter((it) => placeOf(it.m, s) === "ground" && !it.m.on);
  const maxSize = Math.max(0.2, ...ground.map((it) => it.m.def.size * it.m.size));
  const steamy = /\b(steam(ing|y)?|hot)\b/.test(ctx.plan.lower);
  const street = s.ground === "street" && ground.every((it) => it.m.def.cat === "vehicle" || it.m.def.cat === "person");
  const tallest = ill.verb === "bounce" && ctx.dur ? h * 0.2 : s.backdrop === "underwater" ? h * 0.3
    : inScene ? (maxSize >= 2 ? h * 0.5 : street ? h * 0.3 : h * 0.42 * Math.min(1, Math.max(0.6, Math.pow(maxSize / 0.5, 0.35)))) : steamy ? h * 0.42 : h * 0.55;
  const k = Math.min(tallest, lay.tableTop !== undefined ? lay.tableTop - h * 0.12 : tallest) / Math.pow(maxSize, 0.6);
  const height = (m: Mention) => Math.min(h * 0.62, Math.max(h * 0.05, k * Math.pow(m.def.size, 0.6) * m.size));

  const placed: Placed[] = [];
  // Ground row(s): instances left to right in prompt order, spaced by their widths, centred.
  const row: { it: (typeof items)[number]; hgt: number; wid: number; i: number }[] = [];
  for (const it of ground) for (let i = 0; i < it.m.count; i++) {
    let hgt = height(it.m) * (it.m.count > 1 ? rng.range(0.88, 1.04) : 1);
    let one = it;
    // A group of people without a stated gender mixes women and men; a family has children too.
    const p = it.m.person;
    if (p && it.m.count > 1 && p.gender === "person") {
      const a = art(`${i % 2 ? "man" : "woman"}-${p.pose}`);
      let recol = a && it.m.color ? recolorNarrow(a, it.m.color, CLOTHES_OF[i % 2 ? "man" : "woman"]!) : a;
      if (recol) one = { ...it, art: recol };
      if (/famil/.test(it.m.word) && i >= 2) hgt *= 0.62;
      recol = undefined;
    }
    row.push({ it: one, hgt, wid: widthAt(one.art, hgt), i });
  }
  const gap = (a: number, b: number) => Math.min(a, b) * 0.25;
  let total = row.reduce((acc, r, i) => acc + r.wid + (i ? gap(r.wid, row[i - 1]!.wid) : 0), 0);
  const fit = Math.min(1, (w * 0.84) / Math.max(1, total));
  let x = (w - total * fit) / 2;
  row.forEach((r, i) => {
    if (i) x += gap(r.wid, row[i - 1]!.wid) * fit;
    const wid = r.wid * fit, hgt = r.hgt * fit;
    const depth = row.length > 4 ? (i % 2) * h * 0.03 : 0;
    let cx = x + wid / 2, y = lay.tableTop !== undefined && r.it.m.def.place === "table" ? lay.tableTop : lay.base - depth;
    const pos = r.it.m.position;
    if (pos && r.it.m.count === 1) {
      if (pos.includes("left")) cx = w * 0.24; else if (pos.includes("right")) cx = w * 0.76; else if (pos === "center") cx = w / 2;
      if (pos.includes("top")) y = lay.groundTop + h * 0.04;
    }
    placed.push({ m: r.it.m, art: r.it.art, x: cx, y, hgt, idx: r.it.idx, i: r.i });
    x += wid;
  });
  // Things resting on something ("a cat on a sofa"): on the seat of what they rest on.
  for (const it of items.filter((it) => it.m.on)) {
    const base = placed.find((p) => p.m === it.m.on);
    const hgt = height(it.m) * fit;
    if (base) placed.push({ m: it.m, art: it.art, x: base.x, y: base.y - base.hgt * seatOf(base.m), hgt, idx: it.idx, i: 0 });
    else placed.push({ m: it.m, art: it.art, x: w / 2, y: lay.base, hgt, idx: it.idx, i: 0 });
  }
  // Sky, water and space subjects: spread across their band.
  const others = items.filter((it) => placeOf(it.m, s) !== "ground" && !it.m.on);
  let slot = 0;
  const slots = others.reduce((a, it) => a + it.m.count, 0);
  for (const it of others) for (let i = 0; i < it.m.count; i++) {
    const p = placeOf(it.m, s);
    const band: [number, number] = p === "sky" ? [0.12, inScene ? lay.horizon / h - 0.2 : 0.4] : p === "water" ? (s.backdrop === "underwater" ? [0.15, 0.5] : [lay.horizon / h + 0.05, 0.85]) : [0.25, 0.7];
    // A rainbow arcs behind the scene, off to the side of what stands in the middle.
    const fx = it.m.def.id === "rainbow" && ground.length ? 0.74 : slots === 1 ? (it.m.position?.includes("left") ? 0.25 : it.m.position?.includes("right") ? 0.75 : 0.5) : 0.12 + (0.76 * (slot + 0.5)) / slots;
    // The largest of these gets a set share of the picture (more when they are the picture: underwater, space,
    // or nothing stands on the ground); the rest keep their size ratio, softened.
    const alone = ground.length === 0 || p === "space" || s.backdrop === "underwater";
    const share = alone ? (p === "sky" ? 0.3 : 0.36) : 0.16;
    const maxO = Math.max(...others.map((o) => o.m.def.size));
    const hgt = it.m.def.id === "rainbow" ? h * 0.42 : Math.min(h * 0.45, Math.min(w, h) * share * Math.pow(it.m.def.size / maxO, 0.5) * it.m.size) * (slots > 4 ? 0.7 : slots > 2 ? 0.85 : 1);
    const y = h * (band[0] + (band[1] - band[0]) * (slots === 1 ? 0.6 : rng.range(0.1, 0.9))) + hgt / 2;
    placed.push({ m: it.m, art: it.art, x: w * fx + rng.range(-0.03, 0.03) * w, y, hgt, idx: it.idx, i });
    slot++;
  }
  // Draw back to front (higher baseline first), each with a soft contact shadow when it stands on something.
  // "a moon orbiting the earth": the first subject circles the second, which stays put.
  const orbiting = ill.verb === "orbit" && placed.length > 1 ? placed.find((p) => p.m === ill.mentions[0]) : undefined;
  const centre = orbiting ? placed.find((p) => p.m !== orbiting.m) : undefined;
  if (orbiting && centre) { centre.x = w / 2; centre.y = h / 2 + centre.hgt / 2; orbiting.x = centre.x; orbiting.y = centre.y - centre.hgt / 2 + orbiting.hgt / 2; }
  const order = (p: Placed) => (p.m.on ? (placed.find((q) => q.m === p.m.on)?.y ?? p.y) + 0.5 : p.y);
  placed.sort((a, b) => order(a) - order(b));
  let out = "";
  const faceRight = (p: Placed) => p.x < w / 2;
  for (const p of placed) {
    const grounded = placeOf(p.m, s) === "ground" && s.style !== "blueprint";
    const sh = grounded ? el("ellipse", { cx: p.x, cy: p.y, rx: widthAt(p.art, p.hgt) * 0.42, ry: p.hgt * 0.04, fill: "#000000", opacity: s.backdrop === "plain" ? 0.12 : 0.18 }) : "";
    // Fluent animals and vehicles face left; turn the ones on the left half to face the middle.
    const flip = (p.m.def.cat === "animal" || p.m.def.cat === "vehicle") && faceRight(p) && placed.length > 1;
    let g = place(p.art, p.x, p.y, p.hgt, { flip });
    if (/steam|steaming|hot\b/.test(ctx.plan.lower) && p.m.def.icon === "hot-beverage") g += steam(ctx, p.x, p.y - p.hgt * 0.92, p.hgt);
    const box: MotionBox = { x: p.x, y: p.y, w: widthAt(p.art, p.hgt), h: p.hgt, cat: p.m.def.cat, place: placeOf(p.m, s), index: p.i, canvasW: w, canvasH: h };
    const verb = orbiting ? (p === orbiting ? "orbit" : "none") : ill.verb;
    if (p === orbiting) box.w = Math.max(box.w, centre!.hgt * 1.1);
    out += sh + motion(ctx, verb, box, g);
  }
  if (ill.verb === "type" || (ctx.dur && ctx.plan.labels[0] && /\b(typ(e|ing)|typewriter)\b/.test(ctx.plan.lower))) {
    const [td, tb] = typing(ctx, ctx.plan.labels[0] ?? ill.mentions.map((m) => m.word).join(" "));
    defs += td; out += tb;
  }
  return [defs, out];
}

function placeOf(m: Mention, s: Setting): "ground" | "sky" | "water" | "space" {
  const p = m.def.place;
  if (p === "table") return "ground";
  if (p === "space") return s.backdrop === "space" ? "space" : m.def.cat === "vehicle" ? "sky" : "ground";
  if (p === "water") return s.backdrop === "underwater" || s.far.includes("sea") || s.far.includes("lake") || s.ground === "water" ? "water" : m.def.cat === "animal" && m.def.icon === "duck" ? "ground" : "water";
  if (s.backdrop === "plain" && p === "sky" && m.def.cat !== "weather") return "ground";
  return p;
}

function seatOf(m: Mention): number {
  return /couch|bed|chair/.test(m.def.icon) ? 0.45 : /tree/.test(m.def.icon) ? 0.55 : 0.85;
}

function autumnal(a: Art): Art {
  return mapFills(a, (c) => {
    const x = hexToHsl(c);
    return x.s > 0.3 && x.h > 70 && x.h < 165 ? hsl(x.h > 110 ? 24 : 38, Math.min(0.85, x.s + 0.1), Math.min(0.6, x.l + 0.05)) : c;
  });
}

/** Recolour only the clothing hue (tight tolerance), so skin and hair keep their colours. */
function recolorNarrow(a: Art, color: string, from: string): Art {
  const src = hexToHsl(from), dst = hexToHsl(color);
  return mapFills(a, (c) => {
    const x = hexToHsl(c);
    const d = Math.abs(((x.h - src.h + 540) % 360) - 180);
    if (x.s < 0.3 || d > 12) return c;
    return hsl(dst.h, dst.s < 0.08 ? dst.s : Math.max(0.35, dst.s), Math.min(0.92, Math.max(0.08, dst.l + (x.l - src.l))));
  });
}

/** Rising steam above a hot drink: three soft S-curves; in video they waver and fade upwards. */
function steam(ctx: Ctx, cx: number, top: number, size: number): string {
  let s = "";
  for (let i = -1; i <= 1; i++) {
    const x = cx + i * size * 0.18, hh = size * 0.55;
    const d = `M${n(x)} ${n(top)}c${n(-size * 0.08)} ${n(-hh * 0.25)} ${n(size * 0.08)} ${n(-hh * 0.5)} 0 ${n(-hh * 0.75)}s${n(size * 0.06)} ${n(-hh * 0.2)} 0 ${n(-hh * 0.3)}`;
    s += el("path", { d, fill: "none", stroke: "#ffffff", "stroke-width": n(Math.max(2, size * 0.05)), "stroke-linecap": "round", opacity: 0.8 },
      anim(ctx, "opacity", [0.2, 0.85, 0.2], { keyTimes: [0, 0.3 + i * 0.1, 1] }) + anim(ctx, "transform", ["0 0", `0 ${n(-size * 0.12)}`, "0 0"], { type: "translate" }) || undefined);
  }
  return el("g", { stroke: "#c9d3de" }, el("g", { opacity: 0.9 }, s.replace(/stroke="#ffffff"/g, 'stroke="#ffffff"')) +
    el("g", { opacity: 0.35, transform: `translate(1.5 1.5)` }, s.replace(/stroke="#ffffff"/g, 'stroke="#8a97a8"')));
}

/** Head-and-shoulders portrait: clothing in the asked colour, the hair/age variant's head, glasses on top. */
function portrait(ctx: Ctx, ill: Illustration, art: (n: string) => Art | undefined): [string, string] {
  const { w, h, pal } = ctx;
  const m = ill.mentions[0]!, p = m.person!;
  const head = art(ill.icons[0]!);
  if (!head) return ["", ""];
  const size = Math.min(w, h) * 0.5;
  const cx = w / 2, chin = h * 0.62;
  const cloth = p.clothing ?? m.color ?? pal.accents[1] ?? "#4f7cff";
  const sw = size * 1.25;
  const torso = el("path", { d: `M${n(cx - sw / 2)} ${n(h)}C${n(cx - sw / 2)} ${n(chin + size * 0.12)} ${n(cx - sw * 0.3)} ${n(chin - size * 0.05)} ${n(cx)} ${n(chin - size * 0.05)}S${n(cx + sw / 2)} ${n(chin + size * 0.12)} ${n(cx + sw / 2)} ${n(h)}Z`, fill: cloth }) +
    el("path", { d: `M${n(cx - size * 0.14)} ${n(chin - size * 0.04)}L${n(cx)} ${n(chin + size * 0.16)}L${n(cx + size * 0.14)} ${n(chin - size * 0.04)}Z`, fill: mix(cloth, "#ffffff", 0.55) });
  let s = torso + place(head, cx, chin + size * 0.06, size);
  for (const g of ["glasses", "sunglasses"]) {
    if (!ill.decor.includes(g)) continue;
    const ga = art(g);
    if (ga) s += place(ga, cx, chin + size * 0.06 - size * (30 - 16.8) / 28, size * 0.26);
  }
  const box: MotionBox = { x: cx, y: chin, w: size, h: size, cat: "person", place: "ground", index: 0, canvasW: w, canvasH: h };
  return ["", motion(ctx, ill.verb, box, s)];
}

/** Typewriter text: characters appear one by one (discrete clip), with a blinking caret. */
function typing(ctx: Ctx, label: string): [string, string] {
  const { w, h, pal } = ctx;
  const t = label.slice(0, 40);
  const size = Math.min(h * 0.09, (w * 0.8) / Math.max(4, t.length * 0.6));
  const x0 = w / 2 - (t.length * size * 0.6) / 2, y = h * 0.2;
  const id = ctx.id("typed");
  const steps = Math.max(2, t.length);
  const widths = Array.from({ length: steps + 1 }, (_, i) => n((i / steps) * t.length * size * 0.6 + 1));
  const kt = widths.map((_, i) => (i / steps) * 0.7);
  const clip = el("clipPath", { id }, rect(x0, y - size, 1, size * 1.4, "#000", {},
    anim(ctx, "width", [...widths, widths[widths.length - 1]!], { keyTimes: [...kt, 1], calcMode: "discrete" }) || undefined));
  const txt = el("text", { x: x0, y, "font-size": n(size), fill: pal.text, "font-family": "ui-monospace, Menlo, Consolas, monospace", "clip-path": ctx.dur ? `url(#${id})` : undefined }, escText(t));
  const caret = ctx.dur ? rect(x0, y - size * 0.8, size * 0.08, size, pal.primary, {}, anim(ctx, "x", [...widths.map((v) => x0 + +v), x0 + +widths[widths.length - 1]!], { keyTimes: [...kt, 1], calcMode: "discrete" }) +
    anim(ctx, "opacity", [1, 0, 1, 0, 1], { calcMode: "discrete" })) : "";
  return [ctx.dur ? clip : "", txt + caret];
}

function escText(s: string): string {
  return text(0, 0, s, 1, "#000").replace(/^<text[^>]*>|<\/text>$/g, "");
}

// ---------------------------------------------------------------------------------------------------------------
// Weather, styles, camera

function weather(ctx: Ctx, s: Setting): [string, string] {
  const { w, h } = ctx;
  if (s.backdrop === "underwater" || s.backdrop === "space" || s.backdrop === "room") return ["", ""];
  if (s.style === "minimal") return ["", ""];
  let defs = "", b = "";
  const cell = Math.max(24, Math.min(w, h) / 12);
  if (s.weather === "rain" || s.weather === "storm") {
    const id = ctx.id("rain");
    let streaks = "";
    for (let i = 0; i < 6; i++) {
      const x = ctx.rng.range(0, cell), y = ctx.rng.range(0, cell);
      streaks += el("path", { d: `M${n(x)} ${n(y)}l${n(-cell * 0.06)} ${n(cell * 0.3)}`, stroke: "#dfe8f5", "stroke-width": n(Math.max(1, cell * 0.03)), "stroke-linecap": "round", opacity: 0.6 });
    }
    defs += el("pattern", { id, width: n(cell), height: n(cell), patternUnits: "userSpaceOnUse" }, streaks);
    b += falling(ctx, `url(#${id})`, cell * 4, cell);
    if (s.weather === "storm") {
      const x = w * 0.3;
      b += el("path", { d: `M${n(x)} 0l${n(-w * 0.04)} ${n(h * 0.22)}h${n(w * 0.03)}l${n(-w * 0.05)} ${n(h * 0.2)}l${n(w * 0.09)} ${n(-h * 0.26)}h${n(-w * 0.03)}l${n(w * 0.04)} ${n(-h * 0.16)}Z`, fill: "#fff7c2", opacity: ctx.dur ? 0 : 0.9 },
        anim(ctx, "opacity", [0, 0, 1, 0, 0.8, 0, 0], { keyTimes: [0, 0.5, 0.52, 0.55, 0.57, 0.6, 1], ease: false }) || undefined);
    }
  } else if (s.weather === "snow") {
    const id = ctx.id("snow");
    let flakes = "";
    for (let i = 0; i < 8; i++) flakes += circle(ctx.rng.range(0, cell * 2), ctx.rng.range(0, cell * 2), ctx.rng.range(0.03, 0.07) * cell, "#ffffff", { opacity: n(ctx.rng.range(0.6, 0.95)) });
    defs += el("pattern", { id, width: n(cell * 2), height: n(cell * 2), patternUnits: "userSpaceOnUse" }, flakes);
    b += falling(ctx, `url(#${id})`, cell * 2, cell * 2, true);
  } else if (s.weather === "fog") {
    for (let i = 0; i < 3; i++) {
      const y = h * (0.45 + i * 0.12);
      b += el("ellipse", { cx: w * ctx.rng.range(0.2, 0.8), cy: y, rx: w * 0.6, ry: h * 0.05, fill: "#ffffff", opacity: 0.35 },
        anim(ctx, "transform", ["0 0", `${n(w * 0.06)} 0`, "0 0"], { type: "translate" }) || undefined);
    }
    b = el("g", { opacity: 0.6 }, b);
  }
  return [defs, b];
}

/** Fog behind the subjects: the distance fades to white, what is near stays readable. */
function fogVeil(ctx: Ctx): string {
  const { w, h } = ctx;
  let s = "";
  for (let i = 0; i < 6; i++) s += rect(0, h * (0.3 + i * 0.07), w, h * 0.7, "#ffffff", { opacity: 0.1 });
  return s;
}

/** A tall sheet of the weather pattern; in video it slides down exactly one tile per step, so the loop is seamless. */
function falling(ctx: Ctx, fill: string, step: number, tile: number, sway = false): string {
  const { w, h } = ctx;
  const loops = ctx.dur ? Math.max(1, Math.round(ctx.dur * (sway ? 0.5 : 2))) : 0;
  const dist = Math.ceil(step / tile) * tile * Math.max(1, loops);
  const sheet = rect(-tile, -dist, w + tile * 2, h + dist, fill);
  if (!ctx.dur) return sheet;
  return el("g", {}, sheet + anim(ctx, "transform", ["0 0", `${sway ? n(tile * 0.5) : 0} ${n(dist)}`], { type: "translate", ease: false }));
}

function styleOverlay(ctx: Ctx, s: Setting, body: string): [string, string] {
  const { w, h } = ctx;
  switch (s.style) {
    case "neon": {
      // A glow on everything bright, and a magenta perspective grid on the ground.
      const id = ctx.id("glow");
      const defs = el("filter", { id, x: "-20%", y: "-20%", width: "140%", height: "140%" },
        el("feGaussianBlur", { in: "SourceGraphic", stdDeviation: n(Math.min(w, h) * 0.004), result: "b" }) + el("feMerge", {}, el("feMergeNode", { in: "b" }) + el("feMergeNode", { in: "SourceGraphic" })));
      let grid = "";
      const top = h * 0.78;
      for (let i = 0; i <= 8; i++) { const y = top + (h - top) * (i / 8) ** 1.8; grid += el("path", { d: `M0 ${n(y)}H${n(w)}`, stroke: "#ff2a9d", "stroke-width": 1.5, opacity: 0.55 }); }
      for (let i = -10; i <= 10; i++) grid += el("path", { d: `M${n(w / 2 + i * w * 0.03)} ${n(top)}L${n(w / 2 + i * w * 0.16)} ${n(h)}`, stroke: "#2de2e6", "stroke-width": 1.2, opacity: 0.45 });
      return [defs, el("g", { filter: `url(#${id})` }, body + (s.backdrop === "outdoor" ? grid : ""))];
    }
    case "pastel": {
      const id = ctx.id("pastel");
      const defs = el("filter", { id }, el("feColorMatrix", { type: "saturate", values: 0.55 }));
      return [defs, el("g", { filter: `url(#${id})` }, body) + rect(0, 0, w, h, "#fff5fa", { opacity: 0.28 })];
    }
    case "retro": {
      const id = ctx.id("sepia");
      const defs = el("filter", { id }, el("feColorMatrix", { type: "matrix", values: "0.6 0.45 0.12 0 0.04 0.3 0.6 0.1 0 0.02 0.2 0.35 0.35 0 0 0 0 0 1 0" })) +
        el("radialGradient", { id: ctx.id("vignette"), r: 0.75 }, el("stop", { offset: 0.6, "stop-color": "#000000", "stop-opacity": 0 }) + el("stop", { offset: 1, "stop-color": "#2b1a0a", "stop-opacity": 0.45 }));
      return [defs, el("g", { filter: `url(#${id})` }, body) + rect(0, 0, w, h, `url(#${ctx.id("vignette")})`)];
    }
    default:
      return ["", body];
  }
}

/** Drone shot: drift across and ease in; zoom: a slow push in. Both return to the start for a seamless loop. */
function cameraMove(ctx: Ctx, verb: "pan" | "zoom", body: string): string {
  const { w, h } = ctx;
  const cx = w / 2, cy = h / 2;
  const inner = el("g", { transform: `translate(${n(-cx)} ${n(-cy)})` }, body);
  const scale = verb === "pan" ? anim(ctx, "transform", ["1.32", "1.2", "1.32"], { type: "scale" }) : anim(ctx, "transform", ["1", "1.3", "1"], { type: "scale", keyTimes: [0, 0.85, 1] });
  const pan = verb === "pan" ? anim(ctx, "transform", [`${n(cx + w * 0.08)} ${n(cy)}`, `${n(cx - w * 0.08)} ${n(cy - h * 0.03)}`, `${n(cx + w * 0.08)} ${n(cy)}`], { type: "translate" })
    : "";
  return el("g", { transform: `translate(${n(cx)} ${n(cy)})` }, pan + el("g", {}, scale + inner));
}
