// Invoices and receipts: the line items and prices the prompt lists ("logo $400, business cards $150"),
// else items fitting the service it names ("for web design services"), with quantities, a subtotal, tax and
// the total computed from them; sender and client from proper names ("from Studio North to Acme").
// A receipt is the narrow till-roll version.
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { el, n, rect } from "../svg";
import { titleCase } from "../words";
import { fitText, itemsOf, leaderRow, sheet, topicOf, whenOf } from "./parts";

const SERVICES: [RegExp, [string, number, number][]][] = [
  [/\b(web|website|design|ux|ui|logo|brand(ing)?)\b/, [["Discovery workshop", 1, 600], ["UX & visual design", 24, 85], ["Front-end development", 32, 90], ["Hosting setup", 1, 150]]],
  [/\b(coffee|cafe|café|bakery|lunch|restaurant|food)\b/, [["Flat white", 2, 4.2], ["Croissant", 1, 3.5], ["Avocado toast", 1, 11], ["Orange juice", 1, 5]]],
  [/\b(photo(graphy)?|video|wedding)\b/, [["Half-day shoot", 1, 900], ["Editing (hours)", 6, 60], ["Prints A3", 10, 12]]],
  [/\b(plumb\w*|repair|garden\w*|clean\w*|moving)\b/, [["Call-out fee", 1, 80], ["Labour (hours)", 3, 55], ["Parts", 1, 64.5]]],
];
const GENERIC: [string, number, number][] = [["Consulting", 10, 95], ["Project management", 4, 80], ["Materials", 1, 240]];

// Formatted by hand (not toLocaleString) so every runtime prints the same bytes.
const money = (cur: string, v: number) => `${cur}${(Math.round(v * 100) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;

export const invoice: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const receipt = /\breceipts?\b/.test(plan.lower);
  const own = itemsOf(ctx).filter((i) => i.name);
  const lines: [string, number, number][] = own.length ? own.map((i) => [i.name, 1, i.amount ?? 0]) : SERVICES.find(([re]) => re.test(plan.lower))?.[1] ?? GENERIC;
  const cur = own.find((i) => i.value)?.value?.match(/^[$€£¥]/)?.[0] ?? (/(€|\beuros?\b)/.test(plan.lower) ? "€" : /£|\bpounds?\b/.test(plan.lower) ? "£" : "$");
  const subtotal = lines.reduce((a, [, q, p]) => a + q * p, 0);
  const taxRate = receipt ? 0.08 : 0.2, tax = Math.round(subtotal * taxRate * 100) / 100, total = subtotal + tax;
  const names = [...plan.text.matchAll(/\b(?:from|by)\s+(\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,2})|\bto\s+(\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,2})/gu)];
  const sender = names.find((m) => m[1])?.[1] ?? plan.name ?? (receipt ? "The Corner Café" : "Studio North");
  const client = names.find((m) => m[2])?.[2] ?? "Acme Corporation";
  const service = topicOf(plan.lower, /^(invoice|invoices|receipt|receipts|bill|a|an|the|my|services?)$/);
  const date = whenOf(plan.text).date ?? ["June 12, 2026", "March 3, 2026", "November 20, 2026"][rng.int(0, 2)]!;
  const paper = pal.dark ? "#171a21" : "#ffffff", ink = pal.dark ? "#f3f4f6" : "#111827", muted = pal.dark ? "#9ca3af" : "#6b7280", line = pal.dark ? "#2d3340" : "#e5e7eb";
  if (receipt) {
    const sh = sheet(ctx, 620, 1300, paper, 2);
    const { x, y, u } = sh, cx = x + sh.w / 2, iw = sh.w - 100 * u, mono = "ui-monospace, Menlo, Consolas, monospace";
    let s = sh.body + fitText(cx, y + 110 * u, sender.toUpperCase(), 40 * u, iw, ink, { "text-anchor": "middle", "font-weight": 800, "font-family": mono });
    s += fitText(cx, y + 160 * u, `${date}  ·  #${rng.int(1000, 9999)}`, 22 * u, iw, muted, { "text-anchor": "middle", "font-family": mono });
    const dash = (yy: number) => el("path", { d: `M${n(x + 50 * u)} ${n(yy)}H${n(x + sh.w - 50 * u)}`, stroke: muted, "stroke-width": n(2 * u), "stroke-dasharray": `${n(8 * u)} ${n(8 * u)}` });
    s += dash(y + 200 * u);
    const row = Math.min(56 * u, (sh.h - 560 * u) / Math.max(1, lines.length));
    lines.slice(0, 12).forEach(([name, q, p], i) => { s += leaderRow(x + 50 * u, y + 260 * u + i * row, iw, `${q > 1 ? `${q}x ` : ""}${titleCase(name)}`, money(cur, q * p), Math.min(26 * u, row * 0.5), ink, muted, { "font-family": mono }); });
    let yy = y + 260 * u + Math.min(12, lines.length) * row;
    s += dash(yy - row * 0.4);
    for (const [k, v, b] of [["Subtotal", subtotal, false], [`Tax ${Math.round(taxRate * 100)}%`, tax, false], ["TOTAL", total, true]] as const) { yy += 50 * u; s += leaderRow(x + 50 * u, yy, iw, k, money(cur, v), b ? 34 * u : 26 * u, ink, muted, { "font-family": mono, "font-weight": b ? 800 : 400 }); }
    const ty = Math.min(y + sh.h - 160 * u, yy + 110 * u);
    s += fitText(cx, ty, "THANK YOU!", 30 * u, iw, ink, { "text-anchor": "middle", "font-weight": 800, "font-family": mono });
    let bx = x + 110 * u; while (bx < x + sh.w - 110 * u) { const bw = rng.pick([2, 2, 4, 6]) * u; s += rect(bx, ty + 40 * u, bw, 70 * u, ink); bx += bw + rng.pick([2, 4]) * u; }
    return { body: s, summary: `receipt from ${sender}, total ${money(cur, total)}` };
  }
  const sh = sheet(ctx, 1000, 1300, paper, 6);
  const { x, y, u } = sh, iw = sh.w - 160 * u, lx = x + 80 * u;
  let s = sh.body + rect(x, y, sh.w, 14 * u, pal.primary, { rx: 6 * u });
  s += fitText(lx, y + 140 * u, "INVOICE", 64 * u, 500 * u, pal.primary, { "font-weight": 900, "letter-spacing": n(3 * u) });
  s += fitText(x + sh.w - 80 * u, y + 110 * u, sender, 30 * u, 400 * u, ink, { "text-anchor": "end", "font-weight": 800 }) + fitText(x + sh.w - 80 * u, y + 145 * u, "hello@" + (sender.toLowerCase().replace(/[^a-z]/g, "") || "studio") + ".com", 20 * u, 400 * u, muted, { "text-anchor": "end" });
  const meta: [string, string][] = [["Billed to", client], ["Invoice no.", `INV-${rng.int(1000, 9999)}`], ["Date", date], ["Due", "in 14 days"]];
  meta.forEach(([k, v], i) => { const mx = lx + i * (iw / 4); s += fitText(mx, y + 230 * u, k.toUpperCase(), 18 * u, iw / 4 - 20 * u, muted, { "font-weight": 700, "letter-spacing": n(2 * u) }) + fitText(mx, y + 266 * u, v, 24 * u, iw / 4 - 20 * u, ink, { "font-weight": 600 }); });
  if (service) s += fitText(lx, y + 340 * u, `For: ${service}`, 26 * u, iw, ink, { "font-weight": 600 });
  // Line items table.
  const ty = y + 390 * u, cols = [lx, lx + iw * 0.58, lx + iw * 0.72, lx + iw];
  s += rect(lx - 16 * u, ty, iw + 32 * u, 52 * u, mix(pal.primary, paper, 0.9), { rx: 8 * u });
  ["Description", "Qty", "Price", "Amount"].forEach((t, i) => { s += fitText(i === 0 ? cols[0]! : i === 3 ? cols[3]! : cols[i]!, ty + 34 * u, t, 20 * u, iw * 0.14, pal.primary, { "font-weight": 800, "text-anchor": i === 3 ? "end" : "start" }); });
  const row = Math.min(64 * u, (sh.h - 820 * u) / Math.max(1, lines.length));
  lines.slice(0, 12).forEach(([name, q, p], i) => {
    const ry = ty + 52 * u + (i + 0.7) * row, fz = Math.min(24 * u, row * 0.45);
    s += fitText(cols[0]!, ry, titleCase(name), fz, iw * 0.55, ink) + fitText(cols[1]!, ry, String(q), fz, iw * 0.12, muted) + fitText(cols[2]!, ry, money(cur, p), fz, iw * 0.15, muted) +
      fitText(cols[3]!, ry, money(cur, q * p), fz, iw * 0.26, ink, { "text-anchor": "end", "font-weight": 600 }) + rect(lx, ry + row * 0.3, iw, Math.max(1, u), line);
  });
  let yy = ty + 52 * u + Math.min(12, lines.length) * row + 70 * u;
  for (const [k, v] of [["Subtotal", subtotal], [`VAT ${Math.round(taxRate * 100)}%`, tax]] as const) { s += leaderRow(lx + iw * 0.5, yy, iw * 0.5, k, money(cur, v), 24 * u, muted, line); yy += 44 * u; }
  s += rect(lx + iw * 0.46, yy - 20 * u, iw * 0.54 + 16 * u, 72 * u, pal.primary, { rx: 10 * u }) +
    fitText(lx + iw * 0.5, yy + 26 * u, "Total", 28 * u, iw * 0.2, readableOn(pal.primary), { "font-weight": 700 }) + fitText(lx + iw, yy + 28 * u, money(cur, total), 34 * u, iw * 0.32, readableOn(pal.primary), { "text-anchor": "end", "font-weight": 900 });
  s += fitText(lx, y + sh.h - 80 * u, "Thank you for your business. Payment by bank transfer within 14 days.", 20 * u, iw, muted);
  return { body: s, summary: `invoice from ${sender} to ${client} with ${lines.length} items, total ${money(cur, total)}` };
};
