// Tickets: an event ticket (movie, concert, match, show) or a boarding pass, with a tear-off stub and a
// barcode. The event, date, time, seat, row and gate come from the prompt ("concert ticket for Friday night,
// seat 14B"; "boarding pass for a flight to Rome"); what it does not say is filled plausibly by the seed.
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect } from "../svg";
import { titleCase } from "../words";
import { fitText, sym, topicOf, whenOf } from "./parts";

const DROP = /^(ticket|tickets|a|an|the|admit|one|entry|pass|for|vip|my)$/;
const CITIES = ["LIS", "BER", "NYC", "TYO", "PAR", "LON", "ROM", "AMS"];

export const ticket: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const l = plan.lower;
  const flight = /\b(boarding pass|flight|plane|airline)\b/.test(l);
  const kind = l.match(/\b(movie|film|cinema|concert|theat(?:er|re)|show|match|game|festival|museum|train|bus|gig|opera|ballet|comedy)\b/)?.[1];
  const when = whenOf(plan.text);
  const day = when.date ?? titleCase(l.match(/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:night|evening|morning|afternoon))?|tonight|tomorrow)\b/)?.[1] ?? ["Fri, June 12", "Sat, Oct 3", "Thu, March 5"][rng.int(0, 2)]!);
  const time = when.time ?? ["7:30 PM", "8:00 PM", "9:15 PM"][rng.int(0, 2)]!;
  const seat = plan.text.match(/\bseat\s+([A-Z]?\d{1,3}[A-Z]?)/i)?.[1]?.toUpperCase() ?? `${rng.int(1, 30)}${"ABCDEF"[rng.int(0, 5)]}`;
  const row = plan.text.match(/\brow\s+([A-Z0-9]{1,3})\b/i)?.[1]?.toUpperCase() ?? "ABCDEFGHJK"[rng.int(0, 9)]!;
  const to = plan.text.match(/\bto\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u)?.[1];
  const from = plan.text.match(/\bfrom\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u)?.[1];
  const code = (c: string | undefined, alt: string) => (c ? c.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase() : alt);
  const title = plan.labels[0] ?? (flight ? `${code(from, CITIES[rng.int(0, 3)]!)} → ${code(to, CITIES[rng.int(4, 7)]!)}` : topicOf(l.replace(/\bfor (?:mon|tues|wednes|thurs|fri|satur|sun)day.*$|\bfor tonight.*$/, ""), DROP) ?? titleCase(kind ? `${kind} night` : "Live Tonight"));
  const u = Math.min((w * 0.94) / 1600, (h * 0.9) / 620);
  const tw = 1600 * u, th = 620 * u, x = (w - tw) / 2, y = (h - th) / 2, stub = 400 * u, cut = x + tw - stub;
  const paper = pal.dark ? "#1e293b" : "#ffffff", ink = pal.dark ? "#f8fafc" : "#111827", muted = pal.dark ? "#94a3b8" : "#6b7280";
  const bg = pal.dark ? mix(pal.bg, "#000000", 0.3) : mix(pal.bg, pal.primary, 0.12);
  // The ticket with round notches where it tears.
  let s = rect(0, 0, w, h, bg) + rect(x + 8 * u, y + 12 * u, tw, th, "#000000", { opacity: 0.15, rx: 24 * u }) + rect(x, y, tw, th, paper, { rx: 24 * u });
  s += rect(x, y, cut - x, 150 * u, pal.primary, { rx: 24 * u }) + rect(x, y + 100 * u, cut - x, 50 * u, pal.primary);
  s += circle(cut, y, 26 * u, bg) + circle(cut, y + th, 26 * u, bg) +
    el("path", { d: `M${n(cut)} ${n(y + 40 * u)}V${n(y + th - 40 * u)}`, stroke: muted, "stroke-width": n(3 * u), "stroke-dasharray": `${n(10 * u)} ${n(10 * u)}` });
  const onP = readableOn(pal.primary);
  s += sym(flight ? "globe" : kind === "movie" || kind === "film" || kind === "cinema" ? "camera" : kind === "concert" || kind === "gig" || kind === "opera" ? "music" : "star", x + 90 * u, y + 75 * u, 60 * u, onP);
  s += fitText(x + 140 * u, y + 62 * u, flight ? "BOARDING PASS" : `${(kind ?? "event").toUpperCase()} TICKET`, 26 * u, 600 * u, onP, { "font-weight": 700, "letter-spacing": n(5 * u), opacity: 0.85 });
  s += fitText(x + 140 * u, y + 112 * u, flight ? "Economy · Gate closes 30 min before departure" : "Admit one", 24 * u, cut - x - 200 * u, onP, { opacity: 0.85 });
  s += fitText(x + 60 * u, y + 265 * u, title, 84 * u, cut - x - 120 * u, ink, { "font-weight": 800 });
  const fields: [string, string][] = flight
    ? [["DATE", day], ["BOARDING", time], ["GATE", plan.text.match(/\bgate\s+([A-Z]?\d{1,3})/i)?.[1]?.toUpperCase() ?? `${"ABC"[rng.int(0, 2)]}${rng.int(1, 40)}`], ["SEAT", seat]]
    : [["DATE", day], ["TIME", time], ["ROW", row], ["SEAT", seat]];
  const fw = (cut - x - 120 * u) / fields.length;
  fields.forEach(([k, v], i) => {
    const fx = x + 60 * u + i * fw;
    s += fitText(fx, y + 370 * u, k, 22 * u, fw - 20 * u, muted, { "font-weight": 700, "letter-spacing": n(3 * u) }) + fitText(fx, y + 420 * u, v, 38 * u, fw - 24 * u, ink, { "font-weight": 700 });
  });
  s += fitText(x + 60 * u, y + th - 60 * u, `No. ${rng.int(100000, 999999)}  ·  Non-transferable`, 22 * u, cut - x - 120 * u, muted);
  // Stub: seat again and a barcode (bar widths from the seed).
  const sx = cut + 40 * u, sw = stub - 80 * u;
  s += fitText(sx, y + 90 * u, flight ? "SEAT" : "ADMIT ONE", 22 * u, sw, muted, { "font-weight": 700, "letter-spacing": n(3 * u) }) + fitText(sx, y + 160 * u, seat, 64 * u, sw, pal.primary, { "font-weight": 800 });
  s += fitText(sx, y + 210 * u, day, 24 * u, sw, ink);
  let bx = sx;
  while (bx < sx + sw - 8 * u) { const bw = rng.pick([3, 3, 6, 9]) * u; s += rect(bx, y + 280 * u, bw, 240 * u, ink); bx += bw + rng.pick([3, 6]) * u; }
  return { body: s, summary: `${flight ? "boarding pass" : `${kind ?? "event"} ticket`} for ${title}, ${day}, seat ${seat}` };
};
