// Subject artwork: the engine never loads files itself. The caller passes a lookup (icon name -> the SVG text
// of packages/engine/artwork/<name>.svg); the worker backs it with its ASSETS binding, tests and scripts with
// the files on disk. This module turns that text into groups placed in a picture, recoloured or outlined.
import { hexToHsl, hsl } from "../color";
import { el, n } from "../svg";

/** Icon name -> the artwork file's text, or undefined when it is not available. */
export type ArtworkLookup = (name: string) => string | undefined;

export interface Art {
  body: string;
  /** viewBox size (Fluent Emoji Flat is 32x32). */
  vw: number;
  vh: number;
  /** Bounding box of the drawn content inside the viewBox, estimated from path coordinates. */
  box: [number, number, number, number];
  /** The body colour, measured when the artwork was written (scripts/engine-artwork.ts). */
  main?: string;
}

/** Parse an artwork file. Refuses anything that could reference or embed content (defence in depth). */
export function parseArt(text: string | undefined): Art | undefined {
  if (!text) return undefined;
  const m = text.match(/<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"(?: data-box="([\d. -]+)")?(?: data-main="(#[0-9a-f]{6}|#[0-9a-f]{3})")?[^>]*>([\s\S]*)<\/svg>/);
  if (!m) return undefined;
  const body = m[5]!.trim();
  if (/\sid=|url\(|<use|href|<image|<script|<style|<foreignObject|\son[a-z]+=/i.test(body)) return undefined;
  const box = m[3]?.split(" ").map(Number);
  return { body, vw: +m[1]!, vh: +m[2]!, box: box?.length === 4 ? box as Art["box"] : bbox(body, +m[1]!, +m[2]!), main: m[4] ? expand(m[4]) : undefined };
}

/** Rough content box from the absolute coordinates in path data: enough to sit an icon on the ground. */
function bbox(body: string, vw: number, vh: number): [number, number, number, number] {
  let x0 = vw, y0 = vh, x1 = 0, y1 = 0;
  for (const d of body.matchAll(/\sd="M\s?(-?[\d.]+)[ ,]?(-?[\d.]+)/g)) {
    const x = +d[1]!, y = +d[2]!;
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  // Path starts underestimate the extent; Fluent icons fill most of their 32-unit box with ~2 units padding.
  return [Math.max(0, Math.min(x0, 2)), Math.max(0, Math.min(y0, 2)), Math.min(vw, Math.max(x1, vw - 2)), Math.min(vh, Math.max(y1, vh - 2))];
}

interface FillStat { color: string; weight: number }

/** Fill colours by how much path data uses them: the heaviest saturated one is the subject's body colour. */
function fills(body: string): FillStat[] {
  const m = new Map<string, number>();
  for (const [tag] of body.matchAll(/<(?:path|circle|ellipse|rect)\b[^>]*>/g)) {
    const fill = tag.match(/fill="(#[0-9a-fA-F]{3,6})"/);
    if (!fill) continue;
    const c = expand(fill[1]!.toLowerCase());
    // Path data length is a rough stand-in for area: big shapes take more commands.
    m.set(c, (m.get(c) ?? 0) + (tag.match(/\sd="([^"]*)"/)?.[1]!.length ?? 120));
  }
  return [...m].map(([color, weight]) => ({ color, weight })).sort((a, b) => b.weight - a.weight);
}

const expand = (c: string) => (c.length === 4 ? "#" + c.slice(1).replace(/./g, (x) => x + x) : c);

/** The icon's main body colour (the heaviest colourful fill). */
export function mainColor(art: Art): string | undefined {
  if (art.main) return art.main;
  const fs = fills(art.body);
  return (fs.find((f) => hexToHsl(f.color).s > 0.25 && hexToHsl(f.color).l > 0.15 && hexToHsl(f.color).l < 0.9) ?? fs[0])?.color;
}

/**
 * "a red car": every fill in the main colour's hue family takes the new hue, keeping its own light/dark offset, so
 * shading survives. Greys, glass and outlines stay as drawn.
 */
export function recolor(art: Art, color: string, from = mainColor(art)): Art {
  if (!from) return art;
  const src = hexToHsl(from), dst = hexToHsl(color);
  const grey = src.s < 0.12;
  const body = art.body.replace(/fill="(#[0-9a-fA-F]{3,6})"/g, (all, c: string) => {
    const x = hexToHsl(expand(c.toLowerCase()));
    const same = grey ? Math.abs(x.l - src.l) < 0.08 && x.s < 0.15 : x.s > 0.2 && hueDist(x.h, src.h) < 28;
    if (!same) return all;
    const l = Math.min(0.95, Math.max(0.06, dst.l + (x.l - src.l)));
    return `fill="${hsl(dst.h, dst.s < 0.08 ? dst.s : Math.max(0.35, dst.s * (x.s / Math.max(0.01, src.s))), l)}"`;
  });
  return { ...art, body };
}

const hueDist = (a: number, b: number) => { const d = Math.abs(a - b) % 360; return d > 180 ? 360 - d : d; };

/** Map every fill through a function (tints for seasons, styles). */
export function mapFills(art: Art, f: (hex: string) => string): Art {
  return { ...art, body: art.body.replace(/fill="(#[0-9a-fA-F]{3,6})"/g, (_, c: string) => `fill="${f(expand(c.toLowerCase()))}"`) };
}

/** Blueprint look: shapes become thin outlines in one colour. */
export function outline(art: Art, color: string, width = 0.7): Art {
  const body = art.body.replace(/fill="#[0-9a-fA-F]{3,6}"/g, `fill="none" stroke="${color}" stroke-width="${width}"`)
    .replace(/stroke="#[0-9a-fA-F]{3,6}"(?! stroke-width)/g, `stroke="${color}"`);
  return { ...art, body };
}

/**
 * Place artwork so its content's bottom centre sits at (x, y) with the given height (user units).
 * `flip` mirrors it (subjects face the middle of the picture).
 */
export function place(art: Art, x: number, y: number, height: number, o: { flip?: boolean; extra?: string; attrs?: Record<string, string | number> } = {}): string {
  const [bx0, by0, bx1, by1] = art.box;
  const k = height / Math.max(1, by1 - by0);
  const cx = (bx0 + bx1) / 2;
  const sx = o.flip ? -k : k;
  const t = `translate(${n(x - cx * sx)} ${n(y - by1 * k)}) scale(${r3(sx)} ${r3(k)})`;
  return el("g", { transform: t, ...o.attrs }, art.body + (o.extra ?? ""));
}

/** Width of placed artwork at a given height. */
export function widthAt(art: Art, height: number): number {
  return ((art.box[2] - art.box[0]) / Math.max(1, art.box[3] - art.box[1])) * height;
}

const r3 = (v: number) => String(Math.round(v * 1000) / 1000);

/** Tint helper for styles: shift a colour towards a hue, keeping lightness. */
export function tintTo(hex: string, hue: number, amount: number, sat?: number): string {
  const c = hexToHsl(hex);
  const d = ((hue - c.h + 540) % 360) - 180;
  return hsl(c.h + d * amount, sat ?? c.s, c.l);
}
