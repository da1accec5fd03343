// Poster / cover: the designed composition for everything no other template or illustration claims, and for
// prompts that ask for a poster, flyer, banner, thumbnail or cover outright. The title is the prompt's own
// words (quoted text first, else the prompt minus articles and format words), fitted to its box; the mark is
// the subject's artwork when the prompt names one, else a motif glyph for a theme word, else a geometric
// figure; a promotion ("50% off") becomes a burst. Three layouts (bold centred, split, editorial frame) vary
// with the seed; wide canvases (banners, thumbnails) take the split. Video: the mark pops and the title fades in.
import { fadeInOut, pulse } from "../animate";
import { hexToHsl, hsl, mix, readableOn } from "../color";
import type { Ctx, Composer } from "../composer";
import type { Plan } from "../parse";
import { circle, el, n, rect } from "../svg";
import { place, widthAt } from "../subjects/artwork";
import { subjectArt } from "../kinds/subject-mark";
import { titleCase } from "../words";
import { fitBlock, fitText, sym, titleBlock } from "./parts";

// Words that name the format, not the content: "a youtube thumbnail about cooking" is titled "Cooking".
const FORMAT = /\b((album|book|podcast|magazine|playlist|ebook|record|ep|mixtape|novel) covers?( art)?|youtube|instagram|facebook|twitter|tiktok|linkedin|social media|posters?|flyers?|banners?|thumbnails?|cover art|covers?|artwork|art ?print|design|graphic|image|picture|billboard|ad creative|(?<=podcast |album |book |magazine )art)\b/gi;
const LEAD = /^(?:(?:a|an|the|some|my|our|make|create|draw|generate|design|me|please)\s+)+|^(?:about|for|of|on|with)\s+/i;

/** "50% off", "save 30%", "2 for 1": a promotion shown as a burst. */
function promoOf(lower: string): { big: string; small: string } | undefined {
  const m = lower.match(/\b(\d{1,2})\s?%\s?(off)?/) ?? lower.match(/\b(?:save|up to)\s+(\d{1,2})\s?%/);
  if (m) return { big: `${m[1]}%`, small: m[2] || /\boff\b/.test(lower) ? "OFF" : "SALE" };
  if (/\b(buy one get one|bogo|2 for 1)\b/.test(lower)) return { big: "2×1", small: "DEAL" };
  return undefined;
}

/** The kicker: the format the prompt asked for ("Podcast", "Sale"), shown small above the title. */
function kickerOf(lower: string): string | undefined {
  const m = lower.match(/\b(podcast|album|concert|festival|sale|workshop|webinar|conference|meetup|exhibition|movie|film|book|magazine|event|party|recipe|episode|tour)\b/);
  return m ? m[1]!.toUpperCase() : undefined;
}

/** The poster's title from the prompt: quoted words first, else its own words minus articles and format words. */
export function posterTitle(plan: Plan): { title: string; sub?: string } {
  if (plan.labels[0]) return { title: plan.labels[0], sub: plan.labels[1] };
  const [head, ...rest] = plan.text.replace(/\s+/g, " ").trim().split(/\s*[,;:.!?]\s+|\s+[-–—]\s+/);
  let t = (head ?? "").replace(/\b\d{1,2}\s?%\s?(off)?/gi, " ").replace(FORMAT, " ").replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, "").replace(/\s+(about|for|of|on|with|and|a|an|the)$/i, "").trim();
  const words = t.split(" ").filter((w) => w && !/^(a|an|the|my|our|some)$/i.test(w) || t.split(" ").length > 1);
  // Nothing but format words ("a podcast cover art"): the format's first word is the title ("Podcast").
  const title = words.length ? titleCase(words.slice(0, 9).join(" ")) : titleCase((plan.text.match(FORMAT)?.[0] ?? "Untitled").toLowerCase().split(" ")[0]!);
  const sub = rest.find((r) => r.length > 2);
  // "Podcast for Morning Pages": the proper name is the title, the rest its subtitle.
  const named = plan.name ? title.match(/^(.+?)\s+for\s+(.+)$/) : null;
  if (named && named[2] === plan.name) return { title: named[2]!, sub: sub ? titleCase(sub.slice(0, 60)) : named[1] };
  return { title, sub: sub ? titleCase(sub.slice(0, 60)) : undefined };
}

const MOTIFS: [RegExp, string][] = [
  [/\b(music|jazz|concert|song|band|album|podcast|radio|dj|playlist|festival|choir|gig)\b/, "music"],
  [/\b(coffee|cafe|café|espresso|latte|brunch|breakfast)\b/, "coffee"],
  [/\b(cook(ing)?|recipes?|kitchen|bbq|barbecue|grill|food|dinner|chef|spicy)\b/, "fire"],
  [/\b(travel|world|global|trip|journey|abroad|international)\b/, "globe"],
  [/\b(code|coding|developer|programming|software|hackathon|tech)\b/, "code"],
  [/\b(sale|shop(ping)?|store|deal|discount|black friday|market)\b/, "cart"],
  [/\b(award|winner|champion(ship)?|tournament|finals?|league|certificate|graduation)\b/, "trophy"],
  [/\b(love|valentine|wedding|romance|romantic|heart)\b/, "heart"],
  [/\b(space|rocket|launch|startup|mission)\b/, "rocket"],
  [/\b(nature|eco|green|plants?|garden(ing)?|sustainab\w*|earth day)\b/, "leaf"],
  [/\b(photo(graphy)?|camera|film|movie|cinema)\b/, "camera"],
  [/\b(security|privacy|safe(ty)?|secure)\b/, "shield"],
  [/\b(night|sleep|dream|moon|midnight|evening)\b/, "moon"],
  [/\b(summer|sunny|sun|morning|holiday|vacation)\b/, "sun"],
  [/\b(energy|power|electric|fast|speed|fitness|workout|gym)\b/, "bolt"],
  [/\b(home|house|real estate|apartment|rent)\b/, "home"],
  [/\b(chat|talk|conversation|interview|q&a)\b/, "chat"],
];

export const poster: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const m = Math.min(w, h);
  const { title, sub: sub0 } = posterTitle(plan);
  const promo = promoOf(plan.lower);
  const k = kickerOf(plan.lower);
  const kicker = k && k !== title.toUpperCase() ? k : undefined;
  const sub = sub0 && sub0.toUpperCase() !== kicker ? sub0 : undefined;
  const sa = subjectArt(ctx);
  const motif = MOTIFS.find(([re]) => re.test(plan.lower))?.[1];
  const wide = w / h > 1.45;
  const layout = wide ? "split" : (["bold", "split", "editorial"] as const)[rng.int(0, 2)]!;
  const hue = hexToHsl(pal.primary).h;
  const deep = hsl(hue, 0.55, pal.dark ? 0.12 : 0.22), rich = hsl(hue, 0.6, 0.4), tint = hsl(hue + 20, 0.55, pal.dark ? 0.3 : 0.88);
  const accent = pal.accents[1]!, accent2 = pal.accents[2]!;

  /** The mark in a disc of radius r: subject artwork, a promotion burst, a motif glyph, or a geometric figure. */
  const mark = (cx: number, cy: number, r: number, disc: string, ink: string): string => {
    let s = circle(cx, cy, r, disc);
    if (sa) {
      const hh = r * 1.25, a = sa.arts[0]!;
      const fit = Math.min(hh, (r * 1.5 * hh) / Math.max(1, widthAt(a, hh)));
      s += place(a, cx, cy + fit / 2, fit);
    } else if (promo) {
      const pts: string[] = [];
      for (let i = 0; i < 32; i++) { const rr = i % 2 ? r * 0.86 : r; const t = (i / 32) * Math.PI * 2; pts.push(`${n(cx + Math.cos(t) * rr)},${n(cy + Math.sin(t) * rr)}`); }
      s = el("polygon", { points: pts.join(" "), fill: accent }) +
        fitText(cx, cy + r * 0.18, promo.big, r * 0.62, r * 1.45, readableOn(accent), { "text-anchor": "middle", "font-weight": 900 }) +
        fitText(cx, cy + r * 0.5, promo.small, r * 0.24, r * 1.1, readableOn(accent), { "text-anchor": "middle", "font-weight": 800, "letter-spacing": n(r * 0.03) });
    } else if (motif) s += sym(motif, cx, cy, r * 1.05, ink, 1.6);
    else {
      // A calm geometric figure: concentric rings with an offset dot, or a rotated square in a ring.
      s += rng.chance(0.5)
        ? [0.72, 0.5, 0.28].map((k, i) => circle(cx, cy, r * k, "none", { stroke: ink, "stroke-width": n(r * 0.05), opacity: 0.45 + i * 0.2 })).join("") + circle(cx + r * 0.36, cy - r * 0.36, r * 0.14, accent)
        : el("rect", { x: n(cx - r * 0.45), y: n(cy - r * 0.45), width: n(r * 0.9), height: n(r * 0.9), fill: accent, transform: `rotate(45 ${n(cx)} ${n(cy)})`, opacity: 0.9 }) + circle(cx, cy, r * 0.26, disc);
    }
    return pulse(ctx, cx, cy, s);
  };
  const fade = (s: string) => (ctx.dur ? el("g", {}, s + fadeInOut(ctx, 0.12, 0.97)) : s);
  const spaced = (size: number) => ({ "font-weight": 700, "letter-spacing": n(size * 0.18) });

  let body = "";
  if (layout === "bold") {
    const g = ctx.id("bg");
    const defs = el("linearGradient", { id: g, x1: 0, y1: 0, x2: 0.4, y2: 1 }, el("stop", { offset: 0, "stop-color": rich }) + el("stop", { offset: 1, "stop-color": deep }));
    body = rect(0, 0, w, h, `url(#${g})`) + circle(w * 0.92, h * 0.08, m * 0.38, accent2, { opacity: 0.18 }) + circle(w * 0.05, h * 0.7, m * 0.26, accent, { opacity: 0.14 });
    const r = Math.min(w * 0.24, h * 0.2);
    body += mark(w / 2, h * 0.34, r, mix(rich, "#ffffff", 0.85), deep);
    const ink = "#ffffff";
    if (kicker) body += fitText(w / 2, h * 0.09, kicker, m * 0.035, w * 0.8, ink, { "text-anchor": "middle", opacity: 0.85, ...spaced(m * 0.035) });
    const blk = fitBlock(title, m * 0.11, m * 0.045, w * 0.84, 3, h * 0.26);
    body += fade(titleBlock(w / 2, h * 0.6 + blk.size * 0.8, blk, w * 0.84, ink, { "text-anchor": "middle" })[0]);
    body += rect(w * 0.42, h * 0.9, w * 0.16, Math.max(1, m * 0.006), accent) +
      (sub ? fitText(w / 2, h * 0.95, sub, m * 0.03, w * 0.8, ink, { "text-anchor": "middle", opacity: 0.8 }) : "");
    return { body, defs, subjects: sa?.names.slice(0, 1) ?? [], summary: `bold centred poster titled "${title}"` };
  }
  if (layout === "split") {
    // Title on a deep panel, mark on a tint: side by side when wide, stacked when tall.
    const across = w >= h;
    const px = across ? w * 0.56 : w, py = across ? h : h * 0.5;
    body = rect(0, 0, w, h, tint) + circle(across ? w * 0.97 : w * 0.9, across ? h * 0.95 : h * 0.05, m * 0.3, accent2, { opacity: 0.22 });
    const r = across ? Math.min((w - px) * 0.36, h * 0.36) : Math.min(w * 0.3, (h - py) * 0.36);
    const mx = across ? px + (w - px) / 2 : w / 2, my = across ? h / 2 : py + (h - py) / 2;
    body += (across ? rect(0, 0, px, py, deep) : rect(0, 0, w, py, deep)) + rect(across ? px - m * 0.012 : 0, across ? 0 : py - m * 0.012, across ? m * 0.012 : w, across ? h : m * 0.012, accent);
    body += mark(mx, my, r, mix(tint, "#ffffff", 0.6), deep);
    // The title block (kicker, title, subtitle) is centred vertically on its panel.
    const x = (across ? px : w) * 0.1, bw = (across ? px : w) * 0.8, ph = across ? h : py;
    const ks = m * (across ? 0.045 : 0.035), ss = m * (across ? 0.04 : 0.032);
    const blk = fitBlock(title, m * (across ? 0.2 : 0.12), m * 0.04, bw, 4, ph * 0.62);
    const total = (kicker ? ks * 1.8 : 0) + blk.lines.length * blk.size * 1.1 + (sub ? ss * 2 : 0);
    let y = Math.max(ph * 0.08, (ph - total) / 2);
    if (kicker) { body += fitText(x, y + ks, kicker, ks, bw, mix(accent, "#ffffff", 0.35), spaced(ks)); y += ks * 1.8; }
    const [tb, th] = titleBlock(x, y + blk.size * 0.85, blk, bw, "#ffffff");
    body += fade(tb);
    if (sub) body += fitText(x, Math.min(ph * 0.95, y + th + ss * 1.2), sub, ss, bw, "#ffffff", { opacity: 0.75 });
    return { body, subjects: sa?.names.slice(0, 1) ?? [], summary: `split poster titled "${title}"` };
  }
  // Editorial: paper, an inset frame, a large left-aligned title and the mark low on the right.
  const paper = pal.dark ? hsl(hue, 0.15, 0.1) : hsl(hue + 30, 0.3, 0.96), ink = pal.dark ? "#f8fafc" : hsl(hue, 0.45, 0.16);
  const fr = m * 0.045;
  body = rect(0, 0, w, h, paper) + rect(fr, fr, w - fr * 2, h - fr * 2, "none", { stroke: ink, "stroke-width": n(Math.max(1, m * 0.004)), opacity: 0.5 });
  body += rect(w * 0.09, h * 0.11, w * 0.14, Math.max(2, m * 0.012), accent);
  const blk = fitBlock(title, m * 0.12, m * 0.045, w * 0.8, 4, h * 0.4);
  body += fade(titleBlock(w * 0.09, h * 0.14 + blk.size, blk, w * 0.8, ink, { "letter-spacing": n(-blk.size * 0.01) })[0]);
  const r = Math.min(w * 0.22, h * 0.17);
  body += circle(w * 0.72 + r * 0.35, h * 0.72 - r * 0.3, r * 1.05, accent2, { opacity: 0.25 }) + mark(w * 0.72, h * 0.72, r, tint, ink);
  if (kicker) body += fitText(w * 0.09, h * 0.86, kicker, m * 0.03, w * 0.45, ink, spaced(m * 0.03));
  if (sub) body += fitText(w * 0.09, h * 0.86 + m * 0.05, sub, m * 0.028, w * 0.45, ink, { opacity: 0.7 });
  return { body, subjects: sa?.names.slice(0, 1) ?? [], summary: `editorial poster titled "${title}"` };
};
