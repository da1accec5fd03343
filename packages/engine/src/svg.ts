// The SVG document shell and small drawing helpers. Every number goes through `n()` so output is short and
// identical in Node and workerd (which can differ in the last floating-point digit).
import { esc, truncate } from "./xml";

/** Round to one decimal and print without trailing zeros; -0 becomes 0. */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

export type Attrs = Record<string, string | number | undefined>;

/** Attribute string; numbers are rounded, strings escaped. Undefined values are skipped. */
export function attrs(a: Attrs): string {
  let s = "";
  for (const k in a) {
    const v = a[k];
    if (v === undefined) continue;
    s += ` ${k}="${typeof v === "number" ? n(v) : esc(v)}"`;
  }
  return s;
}

export function el(tag: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}, children?: string) =>
  el("rect", { x, y, width: Math.max(0, w), height: Math.max(0, h), fill, ...extra }, children);

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}, children?: string) =>
  el("circle", { cx, cy, r: Math.max(0, r), fill, ...extra }, children);

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, extra: Attrs = {}) =>
  el("line", { x1, y1, x2, y2, stroke, "stroke-width": width, ...extra });

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function charWidth(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u{1f000}-\u{1faff}]/u.test(ch) ? 1
    : /[iljtf.,:;'|! ]/.test(ch) ? 0.3 : /[mwMW@]/.test(ch) ? 0.85 : 0.56;
}

/** Approximate width of a run of text in the default sans font, for layout without a font engine. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w * size;
}

/** Text that is escaped and shortened to fit `maxWidth` (in user units) at the given size. */
export function text(x: number, y: number, content: string, size: number, fill: string, extra: Attrs = {}, maxWidth?: number): string {
  let s = content;
  if (maxWidth !== undefined) {
    if (maxWidth < size * 0.6) return "";
    // One pass over the characters: stop at the first one that overflows (prompts can be 10,000 characters).
    const limit = maxWidth / size;
    let w = 0, count = 0, cut = -1;
    for (const ch of s) {
      w += charWidth(ch);
      if (w > limit) { cut = count; break; }
      count++;
    }
    if (cut >= 0) s = truncate(s, Math.max(1, cut));
  }
  return `<text${attrs({ x, y, "font-size": size, fill, ...extra })}>${esc(s)}</text>`;
}

export interface DocOptions {
  width: number;
  height: number;
  title: string;
  desc: string;
  defs?: string;
  body: string;
  /** Extra CSS, only for animated output. */
  style?: string;
  /** `data-*` attributes on the root (name without the prefix), escaped like every attribute. */
  data?: Record<string, string>;
}

/**
 * A standalone SVG 1.1 document. No scripts, no external references: fonts are system stacks, images are
 * never embedded by URL, and the only links are local `url(#id)` fragment references.
 */
export function svgDocument(o: DocOptions): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-labelledby="t d" font-family="${esc(FONT)}"${dataAttrs(o.data)}>` +
    `<title id="t">${esc(truncate(o.title, 120))}</title>` +
    `<desc id="d">${esc(truncate(o.desc, 1200))}</desc>` +
    (o.style ? `<style>${o.style}</style>` : "") +
    (o.defs ? `<defs>${o.defs}</defs>` : "") +
    o.body +
    `</svg>`
  );
}

function dataAttrs(data: Record<string, string> | undefined): string {
  let out = "";
  for (const k in data) if (/^[a-z][a-z0-9-]*$/.test(k)) out += ` data-${k}="${esc(data[k]!)}"`;
  return out;
}
