// Table / list view: toolbar with title, search and action button; a header row and data rows with avatar,
// status pills, dates and amounts; pagination footer. Video: rows arrive one by one, then a hover highlight
// walks down the table.
import { anim, fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { COLUMNS, MONTHS, PEOPLE, STATUS, pickLabels, titleCase } from "../words";
import { avatarDot, button, fontScale, panel, pill, searchGlyph } from "./ui-parts";

export const table: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 1280, 800);
  const pad = fs(32);
  const cols = Math.min(10, Math.max(2, plan.counts.column ?? (plan.list.length || 5)));
  const headers = pickLabels(cols, plan.list, COLUMNS, plan.labels.slice(1)).map(titleCase);
  const title = plan.labels[0] ?? (titleCase(plan.text.match(/\b(?:of|for)\s+([\p{L}]+)/u)?.[1] ?? "Users"));
  let s = rect(0, 0, w, h, pal.bg);
  s += text(pad, pad + fs(24), title, fs(26), pal.text, { "font-weight": 800 }, w * 0.4);
  const sw = Math.min(fs(280), w * 0.3);
  s += panel(w - pad - sw - fs(150), pad, sw, fs(40), pal, fs(8)) + searchGlyph(w - pad - sw - fs(130), pad + fs(19), fs(6), pal.muted) +
    text(w - pad - sw - fs(112), pad + fs(25), "Search…", fs(14), pal.muted, {}, sw - fs(50));
  s += button(w - pad - fs(136), pad, fs(136), fs(40), "+ New", pal.primary, fs(14));

  const top = pad + fs(72);
  const rowH = fs(52);
  // Capped so a tall, narrow canvas cannot ask for hundreds of rows (and blow the 100 KB budget).
  const maxRows = Math.min(40, Math.max(1, Math.floor((h - top - pad - fs(60)) / rowH) - 1));
  const rows = Math.min(maxRows, plan.counts.row ?? plan.counts.item ?? maxRows);
  const tw = w - pad * 2, th = rowH * (rows + 1) + fs(56);
  s += panel(pad, top, tw, th, pal, fs(12));
  s += rect(pad, top, tw, rowH, pal.surface2, { rx: fs(12) }) + rect(pad, top + rowH / 2, tw, rowH / 2, pal.surface2);
  // First column is wider: it carries an avatar and a name.
  const weights = headers.map((_, i) => (i === 0 ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const xs: number[] = [];
  let acc = pad + fs(20);
  for (const wt of weights) { xs.push(acc); acc += ((tw - fs(40)) * wt) / total; }
  const colW = (i: number) => ((tw - fs(40)) * weights[i]!) / total - fs(12);
  headers.forEach((hd, i) => { s += text(xs[i]!, top + rowH / 2 + fs(5), hd.toUpperCase(), fs(12), pal.muted, { "font-weight": 700, "letter-spacing": 0.5 }, colW(i)); });

  const people = [...PEOPLE];
  for (let r = 0; r < rows; r++) {
    const y = top + rowH * (r + 1);
    let row = r > 0 ? rect(pad + fs(12), y, tw - fs(24), 1, pal.line) : "";
    const name = people.splice(rng.int(0, people.length - 1), 1)[0] ?? `User ${r + 1}`;
    headers.forEach((hd, i) => {
      row += cell(hd, i, xs[i]!, y + rowH / 2, colW(i), name, r);
    });
    s += el("g", {}, row + fadeInOut(ctx, 0.03 + r * 0.04, 0.96));
  }
  if (ctx.dur && rows > 1) {
    const ys = Array.from({ length: rows }, (_, r) => top + rowH * (r + 1));
    s += rect(pad + 1, ys[0]!, tw - 2, rowH, pal.primary, { opacity: 0.08 },
      anim(ctx, "y", [ys[0]!, ...ys, ys[0]!], { keyTimes: [0, ...ys.map((_, i) => 0.45 + (0.45 * i) / Math.max(1, rows - 1)), 1], calcMode: "discrete" }));
  }
  // Footer: count and pagination.
  const fy = top + th - fs(28);
  s += text(pad + fs(20), fy + fs(5), `Showing 1–${rows} of ${rows * rng.int(3, 12)}`, fs(13), pal.muted, {}, tw / 2);
  for (let p = 0; p < 3; p++) {
    const px = pad + tw - fs(20) - (3 - p) * fs(36);
    s += rect(px, fy - fs(14), fs(28), fs(28), p === 0 ? pal.primary : pal.surface2, { rx: fs(6) }) +
      text(px + fs(14), fy + fs(5), String(p + 1), fs(13), p === 0 ? "#ffffff" : pal.text, { "text-anchor": "middle", "font-weight": 600 });
  }
  return { body: s, summary: `table "${title}" with ${cols} columns (${headers.join(", ")}) and ${rows} rows` };

  function cell(header: string, i: number, x: number, cy: number, cw: number, name: string, r: number): string {
    const hd = header.toLowerCase();
    if (i === 0) return avatarDot(x + fs(16), cy, fs(15), name, pal.accents[r % pal.accents.length]!) + text(x + fs(40), cy + fs(5), name, fs(14), pal.text, { "font-weight": 600 }, cw - fs(40));
    if (/status|state/.test(hd)) { const [label, c] = rng.pick(STATUS); return pill(x, cy + fs(4), label, pal.accents[c % pal.accents.length]!, fs(12)); }
    if (/date|updated|created|due|time/.test(hd)) return text(x, cy + fs(5), `${rng.pick(MONTHS)} ${rng.int(1, 28)}`, fs(14), pal.muted, {}, cw);
    if (/amount|price|total|revenue|cost/.test(hd)) return text(x, cy + fs(5), `$${(Math.round(rng.range(10, 999) * 100) / 100).toFixed(2)}`, fs(14), pal.text, { "font-weight": 600 }, cw);
    if (/score|progress|%/.test(hd)) { const p = rng.range(0.1, 1); return rect(x, cy - fs(4), cw * 0.8, fs(8), pal.surface2, { rx: fs(4) }) + rect(x, cy - fs(4), cw * 0.8 * p, fs(8), pal.accents[1]!, { rx: fs(4) }); }
    if (/owner|assignee|user|member/.test(hd)) return circle(x + fs(12), cy, fs(11), pal.accents[(r + 2) % pal.accents.length]!, { opacity: 0.8 }) + rect(x + fs(30), cy - fs(4), Math.min(cw - fs(30), fs(80)), fs(8), pal.surface2, { rx: fs(4) });
    return rect(x, cy - fs(4), cw * rng.range(0.4, 0.85), fs(8), pal.surface2, { rx: fs(4) });
  }
};
