// What the UI and document templates share: the device they are drawn on (a phone or the full canvas), text
// that always fits its box (shrunk, then wrapped or ellipsized, never clipped), and the prompt's own items
// ("Starter $9, Pro $29") split into names and values.
import { mix, readableOn } from "../color";
import type { Ctx } from "../composer";
import { circle, el, n, rect, text, textWidth, type Attrs } from "../svg";
import { titleCase } from "../words";
import { GLYPHS } from "../glyphs";
import { splitItems } from "../parse/lists";

export type Scale = (px: number) => number;

export interface Screen {
  /** Content area (below the status bar on a phone). */
  x: number; y: number; w: number; h: number;
  fs: Scale;
  mobile: boolean;
  /** Wrap the content drawn into the area with the device around it. */
  finish(content: string, overlay?: string): { body: string; defs: string };
}

/**
 * A phone when the plan says mobile (edge to edge on a phone-shaped canvas, else a phone centred on a soft
 * backdrop), otherwise the whole canvas as a desktop window. Lengths are designed on 390x844 (phone) or
 * 1280x800 (desktop) and scaled.
 */
export function screen(ctx: Ctx, forceMobile?: boolean): Screen {
  const { w, h, pal, rng } = ctx;
  const mobile = forceMobile ?? ctx.plan.device === "mobile";
  if (!mobile) {
    const fs = scale(w, h, 1280, 800);
    return { x: 0, y: 0, w, h, fs, mobile, finish: (content, overlay = "") => ({ body: rect(0, 0, w, h, ctx.pal.bg) + content + overlay, defs: "" }) };
  }
  const edge = w / h < 0.62;
  const margin = edge ? 0 : Math.min(w, h) * 0.05;
  const ph = edge ? h : Math.min(h - margin * 2, (w - margin * 2) * (19.5 / 9));
  const pw = edge ? w : ph * (9 / 19.5);
  const px = (w - pw) / 2, py = (h - ph) / 2;
  const fs = scale(pw, ph, 390, 844);
  const bezel = edge ? 0 : fs(12);
  const sx = px + bezel, sy = py + bezel, sw = pw - bezel * 2, sh = ph - bezel * 2;
  const status = fs(48);
  const clip = ctx.id("phone");
  return {
    x: sx, y: sy + status, w: sw, h: sh - status, fs, mobile,
    finish: (content, overlay = "") => {
      let s = "";
      if (!edge) {
        s += rect(0, 0, w, h, pal.dark ? mix(pal.bg, "#000000", 0.3) : mix(pal.bg, pal.primary, 0.08));
        if (w > pw * 1.6) for (let i = 0; i < 3; i++) s += circle(rng.range(0, w), rng.range(0, h), rng.range(0.1, 0.3) * h, pal.accents[i + 1]!, { opacity: 0.12 });
        s += rect(px, py, pw, ph, "#0b0b0f", { rx: fs(54) });
      }
      s += el("g", { "clip-path": `url(#${clip})` }, rect(sx, sy, sw, sh, pal.bg) + content);
      s += text(sx + fs(30), sy + fs(32), "9:41", fs(15), pal.text, { "font-weight": 700 }) +
        rect(sx + sw - fs(58), sy + fs(20), fs(26), fs(12), pal.text, { rx: fs(3), opacity: 0.9 });
      if (!edge) s += rect(sx + sw / 2 - fs(55), sy + fs(10), fs(110), fs(30), "#0b0b0f", { rx: fs(15) });
      s += overlay + rect(sx + sw / 2 - fs(60), sy + sh - fs(12), fs(120), fs(5), pal.text, { rx: fs(3), opacity: 0.5 });
      return { body: s, defs: el("clipPath", { id: clip }, rect(sx, sy, sw, sh, "#000", { rx: edge ? 0 : fs(44) })) };
    },
  };
}

/** Lengths designed on refW x refH, scaled to w x h; nothing shrinks below 6 units (or its own size). */
export function scale(w: number, h: number, refW: number, refH: number): Scale {
  const u = Math.min(w / refW, h / refH);
  return (px) => Math.max(Math.min(px, 6), px * u);
}

/**
 * One line that fits `maxW`: the font shrinks down to `min` (default 65% of size), then the text is
 * ellipsized. So a long title is smaller, and only a very long one loses its end.
 */
export function fitText(x: number, y: number, s: string, size: number, maxW: number, fill: string, extra: Attrs = {}, min = size * 0.65): string {
  // The width estimate is tuned for typical UI fonts; wide fallbacks (DejaVu) run ~15% wider, so keep a margin.
  const bold = extra["font-weight"] !== undefined && +extra["font-weight"]! >= 600 ? 1.22 : 1.12;
  const need = textWidth(s, size) * bold;
  const fsz = need <= maxW ? size : Math.max(min, size * (maxW / need));
  return text(x, y, s, fsz, fill, extra, maxW / bold);
}

/** Greedy word wrap into at most `lines` lines of width `maxW`; the last line is ellipsized if needed. */
export function wrapLines(s: string, size: number, maxW: number, lines: number): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let cur = "";
  while (words.length) {
    const next = cur ? cur + " " + words[0] : words[0]!;
    if (textWidth(next, size) * 1.12 <= maxW || !cur) { cur = next; words.shift(); }
    else { out.push(cur); cur = ""; if (out.length === lines - 1) break; }
  }
  if (cur || words.length) out.push([cur, ...words].filter(Boolean).join(" "));
  return out.slice(0, lines);
}

/** Wrapped text block; returns the SVG and the height used. */
export function paragraph(x: number, y: number, s: string, size: number, maxW: number, lines: number, fill: string, extra: Attrs = {}, lh = 1.35): [string, number] {
  const ls = wrapLines(s, size, maxW, lines);
  return [ls.map((l, i) => text(x, y + i * size * lh, l, size, fill, extra, maxW)).join(""), ls.length * size * lh];
}

export interface Item { name: string; value?: string; amount?: number }

/**
 * The prompt's enumerated items split into a name and a value: "Starter $9" -> { name: "Starter",
 * value: "$9", amount: 9 }. Uses the parsed list, else whatever follows the first colon (even when it looks
 * like data, which the general list extractor refuses).
 */
export function itemsOf(ctx: Ctx): Item[] {
  const { plan } = ctx;
  let raw = plan.list;
  if (!raw.length) {
    const m = plan.text.match(/:\s*([^.;:\n]+)/);
    if (m) raw = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  }
  if (!raw.length) {
    // "menu with espresso $3, latte $4.50 and croissant $3": lower-case names, each with its price.
    const tail = plan.text.match(/\b(?:with|including|featuring|selling)\s+(.+)$/i)?.[1] ?? "";
    const parts = tail.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim()).filter((p) => /^[\p{L}][\p{L}' -]{0,40}\s(?:at\s|for\s)?[$€£]\s?\d/u.test(p));
    if (parts.length >= 2) raw = parts;
  }
  if (!raw.length) {
    // "with Monstera $35, Fern $18 and Cactus $12": named prices anywhere in the prompt.
    const priced = [...plan.text.matchAll(/(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s*(?:at|for|[:\-–])?\s*([$€£]\s?\d+(?:[.,]\d+)?)/gu)];
    if (priced.length >= 2) raw = priced.map((p) => `${p[1]} ${p[2]}`);
  }
  return raw.slice(0, 12).map((r) => {
    const money = r.match(/([$€£¥])\s?(\d+(?:[.,]\d+)?)(k)?|(\d+(?:[.,]\d+)?)\s?([$€£¥]|usd|eur|dollars?|euros?)/i);
    const num = money ? undefined : r.match(/(-?\d+(?:\.\d+)?)\s*(%|°[cf]?|degrees?)?/i);
    const m = money ?? num;
    const name = (m ? r.replace(m[0], " ") : r).replace(/\b(at|for|per month|a month|\/mo(nth)?|monthly|plan|tier)\b/gi, " ").replace(/\s+/g, " ").trim();
    const amount = money ? +(money[2] ?? money[4])!.replace(",", ".") * (money[3] ? 1000 : 1) : num ? +num[1]! : undefined;
    const cur = money ? (money[1] ?? (/€|eur/i.test(money[5] ?? "") ? "€" : /£/.test(money[5] ?? "") ? "£" : "$")) : "";
    return { name: titleCase(name || (m ? "" : r)), value: money ? `${cur}${n(amount!)}` : num ? num[0].trim() : undefined, amount };
  });
}

/** The thing the prompt is about: the words after "for/of/about/selling" minus template words. */
export function topicOf(lower: string, drop: RegExp): string | undefined {
  const m = lower.match(/\b(?:for|of|about|selling|with|showing)\s+(?:an?\s+|the\s+|my\s+|our\s+)?([a-z][a-z' -]{2,40}?)(?=\s*(?:[,.;:!?]|\bwith\b|\bin\b|\bat\b|\bon\b|\band\b|$))/);
  const words = (m ? m[1]! : "").split(/\s+/).filter((w) => w && !drop.test(w));
  return words.length ? titleCase(words.slice(0, 4).join(" ")) : undefined;
}

/** A toggle switch, on or off. */
export function toggle(x: number, y: number, w: number, on: boolean, onColor: string, offColor: string, extra = ""): string {
  const h = w * 0.58;
  return rect(x, y, w, h, on ? onColor : offColor, { rx: h / 2 }) + circle(on ? x + w - h / 2 : x + h / 2, y + h / 2, h * 0.4, "#ffffff", {}, extra || undefined);
}

/** A filled circle with a symbol path on a 24-unit grid, scaled to radius r. */
export function iconDot(cx: number, cy: number, r: number, fill: string, d: string, stroke?: string): string {
  const k = (r * 1.1) / 12;
  return circle(cx, cy, r, fill) + el("path", { d, transform: `translate(${n(cx - 12 * k)} ${n(cy - 12 * k)}) scale(${Math.round(k * 1000) / 1000})`, fill: "none", stroke: stroke ?? readableOn(fill), "stroke-width": 2, "stroke-linecap": "round", "stroke-linejoin": "round" });
}

export const clampN = (v: number | undefined, lo: number, hi: number, def: number) => Math.min(hi, Math.max(lo, Math.round(v ?? def)));

/** A symbol from the glyph set centred on (cx, cy), `size` units across (own copy: kinds/icon.ts may change). */
export function sym(name: string, cx: number, cy: number, size: number, color: string, strokeW = 1.9): string {
  const g = GLYPHS[name] ?? GLYPHS.star!;
  return el("path", {
    d: g.d,
    transform: `translate(${n(cx - size / 2)} ${n(cy - size / 2)}) scale(${Math.max(0.001, Math.round((size / 24) * 1000) / 1000)})`,
    fill: g.filled ? color : "none", stroke: color, "stroke-width": strokeW, "stroke-linecap": "round", "stroke-linejoin": "round",
  });
}

/**
 * The largest font size (from `max` down to `min`) at which `s` wraps into at most `maxLines` lines of width
 * `maxW` within height `maxH` without losing words; at `min` it takes what fits (the last line ellipsized).
 * `lh` is the line height as a multiple of the size. Lines are bold-width safe (see fitText).
 */
export function fitBlock(s: string, max: number, min: number, maxW: number, maxLines: number, maxH: number, lh = 1.1): { lines: string[]; size: number } {
  const words = s.split(/\s+/).filter(Boolean).length;
  for (let size = max; size > min; size *= 0.92) {
    // wrapLines estimates regular weight (x1.12); bold runs ~9% wider, so wrap against a narrower box.
    const lines = wrapLines(s, size, maxW / 1.09, maxLines);
    const fits = lines.length * size * lh <= maxH && lines.join(" ").split(/\s+/).length === words && lines.every((l) => textWidth(l, size) * 1.22 <= maxW);
    if (fits) return { lines, size };
  }
  return { lines: wrapLines(s, min, maxW / 1.09, maxLines), size: min };
}

/** Draw a fitted block (see fitBlock) with its first baseline at `y`; returns the SVG and the height used. */
export function titleBlock(x: number, y: number, b: { lines: string[]; size: number }, maxW: number, fill: string, extra: Attrs = {}, lh = 1.1): [string, number] {
  return [b.lines.map((l, i) => fitText(x, y + i * b.size * lh, l, b.size, maxW, fill, { "font-weight": 800, ...extra })).join(""), b.lines.length * b.size * lh];
}

/** Date ("June 5", "5th of May 2027", with a weekday) and time ("7 pm", "19:30") written in the prompt. */
export function whenOf(text: string): { date?: string; time?: string } {
  const date = text.match(/\b(?:on\s+)?((?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?:\s+\d{4})?)/i);
  const time = text.match(/\b(\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})\b/i);
  return { date: date ? date[0].replace(/^on\s+/i, "") : undefined, time: time?.[1] };
}

/** The items written after a heading word and a colon ("ingredients: flour, eggs"), up to the next heading. */
export function listAfter(text: string, heads: string): string[] {
  const m = text.match(new RegExp(`\\b(?:${heads})\\s*[:=]\\s*([^;\\n]+?)(?=\\s*(?:[;\\n]|\\.(?:\\s|$)|\\b[a-z]+\\s*:|$))`, "i"));
  return m ? splitItems(m[1]!).slice(0, 12) : [];
}

export interface Sheet { x: number; y: number; w: number; h: number; u: number; body: string }

/**
 * A sheet of paper (or card) of aspect refW:refH centred on a soft backdrop with a shadow; `u` scales
 * lengths designed on refW x refH to the sheet.
 */
export function sheet(ctx: Ctx, refW: number, refH: number, paper: string, radius = 14): Sheet {
  const { w, h, pal } = ctx;
  const u = Math.min((w * 0.92) / refW, (h * 0.92) / refH);
  const sw = refW * u, sh = refH * u, x = (w - sw) / 2, y = (h - sh) / 2;
  const body = rect(0, 0, w, h, pal.dark ? mix(pal.bg, "#000000", 0.35) : mix(pal.bg, "#94a3b8", 0.3)) +
    rect(x + 8 * u, y + 12 * u, sw, sh, "#000000", { opacity: 0.16, rx: radius * u }) + rect(x, y, sw, sh, paper, { rx: radius * u });
  return { x, y, w: sw, h: sh, u, body };
}

/** "Name ........ $9": a name on the left, its value on the right, joined by a dotted leader. */
export function leaderRow(x: number, y: number, w: number, name: string, value: string, size: number, ink: string, muted: string, extra: Attrs = {}): string {
  const vw = Math.min(w * 0.35, textWidth(value, size) * 1.15);
  const nw = Math.min(w - vw - size, textWidth(name, size) * 1.15);
  return fitText(x, y, name, size, w - vw - size, ink, extra) +
    (nw + size < w - vw - size ? el("path", { d: `M${n(x + nw + size * 0.5)} ${n(y)}H${n(x + w - vw - size * 0.5)}`, stroke: muted, "stroke-width": n(Math.max(1, size * 0.08)), "stroke-dasharray": `${n(size * 0.08)} ${n(size * 0.3)}`, "stroke-linecap": "round" }) : "") +
    fitText(x + w, y, value, size, w * 0.35, ink, { ...extra, "text-anchor": "end" });
}
