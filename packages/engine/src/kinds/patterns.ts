// Patterns and backgrounds: gradient, waves, dots, noise texture, geometric tiles. Element counts depend on
// the aspect ratio, never on pixel size, so a 4096px background weighs the same as a 512px one.
// Video: gradients shift colour, waves roll by exactly one wavelength (seamless), dots drift by one tile,
// noise drifts, a light band sweeps across geometric tiles.
import { anim } from "../animate";
import { hexToHsl, hsl, mix } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect } from "../svg";

export const gradient: Composer = (ctx) => {
  const { w, h, pal, rng } = ctx;
  // Neighbouring hues blend cleanly; distant ones (the chart-friendly accents) would mix to mud.
  const a = ctx.plan.colors.length >= 2 || ctx.plan.lower.match(/\b(sunset|ocean|sea|forest|fire|aurora)\b/)
    ? pal.accents : analogous(pal.primary);
  const id = ctx.id("grad"), blur = ctx.id("blur");
  const angle = rng.range(0, Math.PI);
  const stops = [a[0]!, a[1]!, a[2]!];
  const cycle = (i: number) => anim(ctx, "stop-color", [stops[i]!, stops[(i + 1) % 3]!, stops[(i + 2) % 3]!, stops[i]!], {});
  const defs =
    el("linearGradient", { id, x1: n(0.5 - Math.cos(angle) / 2), y1: n(0.5 - Math.sin(angle) / 2), x2: n(0.5 + Math.cos(angle) / 2), y2: n(0.5 + Math.sin(angle) / 2) },
      stops.map((c, i) => el("stop", { offset: i / 2, "stop-color": c }, cycle(i) || undefined)).join("")) +
    el("filter", { id: blur, x: "-50%", y: "-50%", width: "200%", height: "200%" }, el("feGaussianBlur", { stdDeviation: n(Math.min(w, h) * 0.12) }));
  let blobs = "";
  for (let i = 0; i < 4; i++) {
    const cx = rng.range(0, w), cy = rng.range(0, h), r = rng.range(0.2, 0.4) * Math.max(w, h);
    blobs += circle(cx, cy, r, a[(i + 1) % 4]!, { opacity: 0.45 },
      anim(ctx, "transform", ["0 0", `${n(rng.range(-0.15, 0.15) * w)} ${n(rng.range(-0.15, 0.15) * h)}`, "0 0"], { type: "translate" }) || undefined);
  }
  return { body: rect(0, 0, w, h, `url(#${id})`) + el("g", { filter: `url(#${blur})` }, blobs), defs, summary: "soft mesh-like gradient" };
};

function analogous(base: string): string[] {
  const c = hexToHsl(base);
  return [0, 35, 70, -30].map((d) => hsl(c.h + d, Math.max(0.55, c.s), Math.min(0.65, Math.max(0.45, c.l))));
}

export const waves: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const layers = Math.min(8, Math.max(2, plan.counts.wave ?? plan.counts.line ?? 5));
  const id = ctx.id("wsky");
  const defs = el("linearGradient", { id, x1: 0, y1: 0, x2: 0, y2: 1 },
    el("stop", { offset: 0, "stop-color": pal.bg }) + el("stop", { offset: 1, "stop-color": mix(pal.primary, pal.bg, 0.7) }));
  let s = rect(0, 0, w, h, `url(#${id})`);
  for (let i = 0; i < layers; i++) {
    const t = i / Math.max(1, layers - 1);
    const periods = rng.int(1, 3);
    const lambda = w / periods;
    const amp = h * rng.range(0.025, 0.06);
    const base = h * (0.35 + 0.55 * t);
    const phase = rng.range(0, Math.PI * 2);
    // Drawn from -lambda to w so a one-wavelength shift loops seamlessly.
    let d = `M${n(-lambda)} ${n(h)}`;
    const steps = 48 * (periods + 1);
    for (let k = 0; k <= steps; k++) {
      const x = -lambda + (k / steps) * (w + lambda);
      const y = base + Math.sin((x / lambda) * Math.PI * 2 + phase) * amp + Math.sin((x / lambda) * Math.PI * 4 + phase * 2) * amp * 0.25;
      d += `L${n(x)} ${n(y)}`;
    }
    d += `L${n(w)} ${n(h)}Z`;
    // A depth ramp of the primary hue, light at the back and deep in front, with a hint of the second colour.
    const color = plan.style === "monochrome" ? mix(pal.bg, pal.text, 0.2 + t * 0.6)
      : mix(mix(pal.primary, "#ffffff", 0.55 * (1 - t)), mix(pal.accents[1]!, "#000000", 0.3), i % 2 ? 0.18 : 0.05 + 0.3 * t * t);
    s += el("path", { d, fill: color, opacity: n(0.65 + 0.35 * t) },
      anim(ctx, "transform", ["0 0", `${n(i % 2 ? lambda : lambda)} 0`], { type: "translate", ease: false }) || undefined);
  }
  return { body: s, defs, summary: `${layers} layered waves` };
};

export const dots: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const cell = Math.min(w, h) / rng.int(10, 16);
  const id = ctx.id("dots");
  const fg = plan.colors[0] ?? pal.primary;
  const bg = plan.colors[1] ?? (plan.background ?? pal.bg);
  const r = cell * rng.range(0.14, 0.26);
  // Staggered polka: two dots per tile, the second offset by half a cell.
  const defs = el("pattern", { id, width: n(cell), height: n(cell), patternUnits: "userSpaceOnUse" },
    circle(cell / 4, cell / 4, r, fg) + circle((cell * 3) / 4, (cell * 3) / 4, r * 0.8, pal.accents[1] ?? fg, { opacity: 0.8 }));
  const drift = anim(ctx, "transform", ["0 0", `${n(cell)} ${n(cell)}`], { type: "translate", ease: false });
  let s = rect(0, 0, w, h, bg) + el("g", {}, rect(-cell, -cell, w + cell * 2, h + cell * 2, `url(#${id})`) + drift);
  // A few larger accent bubbles give the field some rhythm.
  for (let i = 0; i < 6; i++) s += circle(rng.range(0, w), rng.range(0, h), cell * rng.range(0.5, 1.2), pal.accents[(i + 2) % pal.accents.length]!, { opacity: 0.25 },
    anim(ctx, "opacity", [0.25, 0.05, 0.25], { keyTimes: [0, rng.range(0.3, 0.7), 1] }) || undefined);
  return { body: s, defs, summary: "polka-dot pattern" };
};

export const noise: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const seedInt = Math.floor(ctx.rng.next() * 1e6);
  const cloudy = /\b(clouds?|marble|smoke|fog|soft)\b/.test(plan.lower);
  const freq = cloudy ? 2.5 / Math.min(w, h) : /\b(grain|grainy|film)\b/.test(plan.lower) ? 0.9 : 0.06;
  const id = ctx.id("noise"), gid = ctx.id("ng");
  const tint = cloudy ? "#ffffff" : mix(pal.text, "#000000", 0.3);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(tint.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Noise luminance becomes alpha of a flat tint: the texture sits on the gradient without a blend mode.
  const defs =
    el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 }, el("stop", { offset: 0, "stop-color": pal.accents[0]! }) + el("stop", { offset: 1, "stop-color": pal.accents[1]! })) +
    el("filter", { id, x: 0, y: 0, width: "100%", height: "100%", "color-interpolation-filters": "sRGB" },
      el("feTurbulence", { type: "fractalNoise", baseFrequency: String(Math.round(freq * 10000) / 10000), numOctaves: cloudy ? 5 : 3, seed: seedInt % 1000, stitchTiles: "stitch" }) +
      el("feColorMatrix", { type: "matrix", values: `0 0 0 0 ${n(r)} 0 0 0 0 ${n(g)} 0 0 0 0 ${n(b)} ${cloudy ? "1.6 0 0 0 -0.55" : "1.4 0 0 0 -0.35"}` }));
  const drift = anim(ctx, "transform", ["0 0", `${n(-w * 0.1)} ${n(-h * 0.05)}`, "0 0"], { type: "translate" });
  const body = rect(0, 0, w, h, `url(#${gid})`) + el("g", {}, rect(0, 0, w * 1.2, h * 1.1, "#000", { filter: `url(#${id})`, opacity: cloudy ? 0.9 : 0.55 }) + drift);
  return { body, defs, summary: cloudy ? "soft cloud-like noise" : "grainy noise texture" };
};

export const geometric: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const l = plan.lower;
  const style = /\bhex(agon)?s?\b/.test(l) ? "hexagons" : /\b(stripes?|chevrons?)\b/.test(l) ? "stripes"
    : /\b(squares|grid|bauhaus|tiles?)\b/.test(l) ? "tiles" : "triangles";
  const colors = pal.accents.slice(0, 5);
  // About ten cells across the short side, but never more than ~300 cells in all (extreme aspect ratios).
  const size = Math.max(w / Math.max(4, Math.round(10 * Math.sqrt(w / h))), Math.sqrt((w * h) / 300));
  const cols = Math.ceil(w / size);
  const rows = Math.ceil(h / size) + 1;
  let s = rect(0, 0, w, h, pal.bg);
  let cells = 0;
  const pick = (x: number, y: number) => {
    // Colour drifts across the canvas so the field reads as a composition, not confetti.
    const t = (x / w + y / h) / 2 + rng.range(-0.18, 0.18);
    const i = Math.max(0, Math.min(colors.length - 1, Math.floor(t * colors.length)));
    return mix(colors[i]!, pal.bg, rng.range(0, 0.35));
  };
  if (style === "triangles") {
    for (let r = 0; r < rows; r++) for (let c = 0; c <= cols; c++) {
      const x = c * size, y = r * size;
      s += el("path", { d: `M${n(x)} ${n(y)}h${n(size)}L${n(x)} ${n(y + size)}Z`, fill: pick(x, y) });
      s += el("path", { d: `M${n(x + size)} ${n(y)}v${n(size)}h${n(-size)}Z`, fill: pick(x + size, y + size) });
      cells += 2;
    }
  } else if (style === "hexagons") {
    const r = size / 1.6, hh = r * Math.sqrt(3);
    for (let row = -1; row * hh * 0.5 < h + hh; row++) for (let c = -1; c * r * 3 < w + r * 3; c++) {
      const cx = c * r * 3 + (row % 2 ? r * 1.5 : 0), cy = row * hh * 0.5;
      const pts = Array.from({ length: 6 }, (_, i) => `${n(cx + Math.cos((i * Math.PI) / 3) * r * 0.94)},${n(cy + Math.sin((i * Math.PI) / 3) * r * 0.94)}`).join(" ");
      s += el("polygon", { points: pts, fill: pick(cx, cy) });
      cells++;
    }
  } else if (style === "tiles") {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
      const x = c * size, y = r * size, f = pick(x, y), kind = rng.int(0, 3);
      s += rect(x, y, size, size, mix(f, pal.bg, 0.55));
      const q = `M${n(x)} ${n(y)}`;
      s += kind === 0 ? circle(x + size / 2, y + size / 2, size * 0.38, f)
        : kind === 1 ? el("path", { d: `${q}h${n(size)}A${n(size)} ${n(size)} 0 0 1 ${n(x)} ${n(y + size)}Z`, fill: f, transform: `rotate(${rng.int(0, 3) * 90} ${n(x + size / 2)} ${n(y + size / 2)})` })
        : kind === 2 ? el("path", { d: `${q}h${n(size)}v${n(size)}Z`, fill: f, transform: `rotate(${rng.int(0, 3) * 90} ${n(x + size / 2)} ${n(y + size / 2)})` })
        : rect(x + size * 0.2, y + size * 0.2, size * 0.6, size * 0.6, f);
      cells++;
    }
  } else {
    const id = ctx.id("stripe");
    const sw = size * 0.5;
    const chevron = /\bchevrons?\b/.test(l);
    const tile = chevron
      ? el("path", { d: `M0 ${n(sw)}L${n(sw)} 0L${n(sw * 2)} ${n(sw)}`, fill: "none", stroke: colors[0]!, "stroke-width": n(sw * 0.45) })
      : rect(0, 0, sw, sw * 2, colors[0]!) + rect(sw, 0, sw * 0.5, sw * 2, colors[1]!);
    const defs = el("pattern", { id, width: n(sw * 2), height: n(sw * (chevron ? 1 : 2)), patternUnits: "userSpaceOnUse", patternTransform: chevron ? undefined : "rotate(35)" }, tile);
    s += el("g", {}, rect(-sw * 4, -sw * 4, w + sw * 8, h + sw * 8, `url(#${id})`) + anim(ctx, "transform", ["0 0", `${n(sw * 2)} 0`], { type: "translate", ease: false }));
    return { body: s, defs, summary: `${chevron ? "chevron" : "diagonal stripe"} pattern` };
  }
  // Video: one light band sweeps across the tiles (per-cell animations would cost ~150 bytes a cell).
  let defs: string | undefined;
  if (ctx.dur) {
    const gid = ctx.id("shine");
    defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 },
      el("stop", { offset: 0.35, "stop-color": "#ffffff", "stop-opacity": 0 }) + el("stop", { offset: 0.5, "stop-color": "#ffffff", "stop-opacity": 0.35 }) +
      el("stop", { offset: 0.65, "stop-color": "#ffffff", "stop-opacity": 0 }));
    s += rect(0, 0, w, h, `url(#${gid})`, {}, anim(ctx, "transform", [`${n(-w)} ${n(-h)}`, `${n(w)} ${n(h)}`], { type: "translate", ease: false }));
  }
  return { body: s, defs, summary: `geometric ${style} pattern of ${cells} cells` };
};
