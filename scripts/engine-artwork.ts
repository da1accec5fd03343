// Writes the subject library's artwork: one standalone SVG per icon the engine can ask for, copied from
// Fluent Emoji Flat (@iconify-json/fluent-emoji-flat, MIT), into packages/engine/artwork/. That folder is
// committed, read by the tests and the gallery from disk, and served to the engine Worker as its static assets (the
// ASSETS binding), so the icons cost the worker bundle nothing. Usage: npm run engine:artwork
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { ALL_ICONS } from "../packages/engine/src/subjects/lexicon";

const require = createRequire(import.meta.url);
const set = require("@iconify-json/fluent-emoji-flat/icons.json") as { icons: Record<string, { body: string; width?: number; height?: number }>; aliases?: Record<string, { parent: string }>; width?: number; height?: number };

// A shape the set lacks, drawn in its flat style: a plain ball (recoloured by "a red ball").
const OWN: Record<string, string> = {
  ball: '<g fill="none"><circle cx="16" cy="16" r="13" fill="#f8312f"/><path fill="#ca0b4a" d="M29 16a13 13 0 0 1-24.5 6.1A13 13 0 0 0 27.9 10.7A13 13 0 0 1 29 16"/><circle cx="11" cy="10" r="3.2" fill="#ff8687"/></g>',
};

// Where the box estimate picks glass or a sail, name the body colour by hand.
const MAIN: Record<string, string> = { bus: "#ffb02e", ball: "#f8312f", bicycle: "#f92f60", sailboat: "#00a6ed" };

const outDir = resolve(import.meta.dirname, "../packages/engine/artwork");
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith(".svg")) rmSync(join(outDir, f));

const missing: string[] = [], unsafe: string[] = [];
let total = 0;
for (const name of ALL_ICONS) {
  const icon = set.icons[name] ?? (set.aliases?.[name] ? set.icons[set.aliases[name]!.parent] : undefined);
  const body = OWN[name] ?? icon?.body;
  if (!body) { missing.push(name); continue; }
  // The engine inlines these bodies many times per picture: ids, references and embedded content are refused.
  if (/\sid=|url\(|<use|href|<image|<script|<style/i.test(body)) { unsafe.push(name); continue; }
  const w = icon?.width ?? set.width ?? 32, h = icon?.height ?? set.height ?? 32;
  // The drawn extent, so the engine can stand a subject on the ground without measuring at run time.
  const box = contentBox(body).map((v) => Math.round(v * 10) / 10).join(" ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" data-box="${box}" data-main="${mainFill(body, name)}">${body}</svg>\n`;
  writeFileSync(join(outDir, `${name}.svg`), svg);
  total += svg.length;
}
const licence = readFileSync(resolve(import.meta.dirname, "../packages/engine/artwork-LICENSE.txt"), "utf8");
writeFileSync(join(outDir, "LICENSE.txt"), licence);
console.log(`wrote ${ALL_ICONS.length - missing.length - unsafe.length} icons (${(total / 1024).toFixed(0)} KB) to ${outDir}`);
if (missing.length || unsafe.length) {
  console.error(`missing: ${missing.join(" ") || "-"}\nrefused (ids/references): ${unsafe.join(" ") || "-"}`);
  process.exit(1);
}

/**
 * The body colour ("a blue car" recolours it): the saturated fill covering the largest area, each shape's area
 * estimated by its bounding box. Greys, near-whites and near-blacks are outlines, glass and shading.
 */
function mainFill(body: string, name = ""): string {
  if (MAIN[name]) return MAIN[name]!;
  const area = new Map<string, number>();
  for (const [tag] of body.matchAll(/<(?:path|circle|ellipse|rect)\b[^>]*>/g)) {
    const fill = tag.match(/fill="(#[0-9a-fA-F]{3,6})"/)?.[1]?.toLowerCase();
    if (!fill) continue;
    const [x0, y0, x1, y1] = contentBox(tag);
    area.set(fill, (area.get(fill) ?? 0) + Math.max(0, x1 - x0) * Math.max(0, y1 - y0));
  }
  const colourful = [...area].filter(([c]) => { const [s, l] = satLight(c); return s > 0.25 && l > 0.15 && l < 0.9; }).sort((a, b) => b[1] - a[1]);
  return (colourful[0] ?? [...area].sort((a, b) => b[1] - a[1])[0] ?? ["#000000"])[0];
}

function satLight(hex: string): [number, number] {
  const h = hex.length === 4 ? hex.slice(1).replace(/./g, (x) => x + x) : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2;
  return [max === min ? 0 : l > 0.5 ? (max - min) / (2 - max - min) : (max - min) / (max + min), l];
}

/** Bounding box of path end and control points (and circles/rects), tracking relative commands. */
function contentBox(body: string): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = (x: number, y: number) => { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); };
  for (const m of body.matchAll(/<circle[^>]*cx="([\d.-]+)"[^>]*cy="([\d.-]+)"[^>]*r="([\d.]+)"/g)) { add(+m[1]! - +m[3]!, +m[2]! - +m[3]!); add(+m[1]! + +m[3]!, +m[2]! + +m[3]!); }
  for (const m of body.matchAll(/\sd="([^"]+)"/g)) {
    const toks = m[1]!.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
    let cx = 0, cy = 0, sx = 0, sy = 0, cmd = "M", i = 0;
    const num = () => +toks[i++]!;
    while (i < toks.length) {
      if (/[a-zA-Z]/.test(toks[i]!)) cmd = toks[i++]!;
      const rel = cmd === cmd.toLowerCase();
      const C = cmd.toUpperCase();
      if (C === "Z") { cx = sx; cy = sy; continue; }
      const bx = rel ? cx : 0, by = rel ? cy : 0;
      if (C === "M" || C === "L" || C === "T") { cx = bx + num(); cy = by + num(); if (C === "M") { sx = cx; sy = cy; cmd = rel ? "l" : "L"; } add(cx, cy); }
      else if (C === "H") { cx = bx + num(); add(cx, cy); }
      else if (C === "V") { cy = (rel ? cy : 0) + num(); add(cx, cy); }
      else if (C === "C") { add(bx + num(), by + num()); add(bx + num(), by + num()); cx = bx + num(); cy = by + num(); add(cx, cy); }
      else if (C === "S" || C === "Q") { add(bx + num(), by + num()); cx = bx + num(); cy = by + num(); add(cx, cy); }
      else if (C === "A") { const r = Math.max(num(), num()); num(); const large = num(); num(); const px = cx, py = cy; cx = bx + num(); cy = by + num();
        // An arc bulges up to its radius beyond the chord: bound it by the circle around the chord's midpoint.
        const mx = (px + cx) / 2, my = (py + cy) / 2, half = Math.hypot(cx - px, cy - py) / 2, reach = large ? r * 2 - half : Math.max(0, r - Math.sqrt(Math.max(0, r * r - half * half)));
        add(mx - half, my - reach); add(mx + half, my + reach); add(cx, cy); }
      else i++;
    }
  }
  return Number.isFinite(x0) ? [Math.max(0, x0), Math.max(0, y0), Math.min(32, x1), Math.min(32, y1)] : [0, 0, 32, 32];
}
