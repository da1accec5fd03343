// Email / newsletter: a 600-unit column on a grey client background, with the sender's brand, the title the
// prompt gives ("titled Weekly Digest"), a hero block, one section per article asked for ("three articles"
// or the listed headlines), a call-to-action button and the footer every real email has.
// Video: the sections fade in from the top, as if the email were loading.
import { fadeInOut } from "../animate";
import { mix, readableOn } from "../color";
import { GLYPHS, glyphFor } from "../glyphs";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { titleCase } from "../words";
import { button, skeleton } from "../kinds/ui-parts";
import { clampN, fitText, paragraph, screen, topicOf } from "./parts";

const HEADLINES = ["What we shipped this month", "Tips from the team", "Upcoming events", "Community spotlight", "Read of the week", "From the blog"];
const DROP = /^(newsletter|email|e-mail|template|design|layout|weekly|monthly|marketing|campaign|welcome|promotional|with|three|two|four|sections?|articles?|stories|a|an|the|mobile|dark|mode)$/;

export const email: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const topic = topicOf(plan.lower, DROP);
  const brand = plan.name ?? (topic ? topic.split(" ").slice(0, 2).join(" ") : "Acme");
  const kind = /\bwelcome\b/.test(plan.lower) ? "welcome" : /\b(sale|promo(tional)?|discount|offer|black friday)\b/.test(plan.lower) ? "promo" : /\bnewsletter|digest|weekly|monthly\b/.test(plan.lower) ? "newsletter" : "announcement";
  const title = plan.labels[0] ?? ({ welcome: `Welcome to ${brand}!`, promo: "Our biggest sale of the year", newsletter: `${brand} ${/\bmonthly\b/.test(plan.lower) ? "Monthly" : "Weekly"}`, announcement: topic ? titleCase(topic) : "Big news inside" } as const)[kind];
  const items = plan.list.map(titleCase);
  const nArticles = clampN(plan.groups.find((g) => /article|stor|section|post|item|update|news/.test(g.noun))?.count ?? (items.length || (kind === "newsletter" ? 3 : 2)), 1, 6, 3);
  // The email column: 600 wide on desktop (scaled), full width on a phone.
  const colW = mobile ? w : Math.min(w * 0.9, (640 * w) / 900, h * 0.62);
  const cx = x + (w - colW) / 2;
  const u = mobile ? fs : (px: number) => Math.max(Math.min(px, 6), (px * colW) / 640);
  let s = mobile ? "" : rect(x, y, w, h, pal.dark ? mix(pal.bg, "#000000", 0.3) : mix(pal.bg, "#d4d4d8", 0.6));
  let cy = y + (mobile ? 0 : u(40));
  const sections: string[] = [];
  // Brand bar.
  let top = rect(cx, cy, colW, u(64), pal.surface) + rect(cx + u(28), cy + u(20), u(24), u(24), pal.primary, { rx: u(6) }) +
    fitText(cx + u(62), cy + u(39), brand, u(18), colW * 0.5, pal.text, { "font-weight": 800 }) +
    text(cx + colW - u(28), cy + u(38), "View in browser", u(12), pal.muted, { "text-anchor": "end" });
  cy += u(64);
  // Hero.
  const heroH = u(mobile ? 200 : 240);
  const gid = ctx.id("hero");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 }, el("stop", { offset: 0, "stop-color": pal.primary }) + el("stop", { offset: 1, "stop-color": pal.accents[1]! }));
  const fg = readableOn(pal.primary);
  top += rect(cx, cy, colW, heroH, `url(#${gid})`);
  for (let i = 0; i < 4; i++) top += circle(cx + rng.range(0, colW), cy + rng.range(0, heroH), rng.range(0.1, 0.3) * heroH, "#ffffff", { opacity: 0.1 });
  const g = GLYPHS[glyphFor(plan.lower.replace(/\b(newsletter|email|mail|inbox)\b/g, "")) ?? "mail"]!;
  top += el("path", { d: g.d, transform: `translate(${n(cx + colW / 2 - u(28))} ${n(cy + u(28))}) scale(${Math.round((u(56) / 24) * 100) / 100})`, fill: g.filled ? fg : "none", stroke: fg, "stroke-width": 1.6, "stroke-linecap": "round", "stroke-linejoin": "round", opacity: 0.9 });
  const [tt, th] = paragraph(cx + colW / 2, cy + u(120), title, u(30), colW - u(56), 2, fg, { "text-anchor": "middle", "font-weight": 800 }, 1.2);
  top += tt + fitText(cx + colW / 2, cy + u(120) + th + u(6), kind === "promo" ? "Up to 50% off, this weekend only" : new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28))).toISOString().slice(0, 10), u(14), colW - u(56), fg, { "text-anchor": "middle", opacity: 0.85 });
  cy += heroH;
  sections.push(top);
  // Intro.
  let intro = rect(cx, cy, colW, u(110), pal.surface) + text(cx + u(28), cy + u(40), kind === "welcome" ? "Hi there," : "Hello friends,", u(16), pal.text, { "font-weight": 700 }) +
    skeleton(cx + u(28), cy + u(58), colW - u(56), 3, u(7), pal, rng);
  cy += u(110);
  sections.push(intro);
  // Articles.
  // Articles share what is left, so the email fills its canvas (up to 1.7x their natural height).
  const fixed = (mobile ? 0 : u(80)) + u(64) + heroH + u(110) + u(150);
  const artH = Math.max(u(mobile ? 120 : 130), Math.min(u(220), (h - fixed) / nArticles));
  for (let i = 0; i < nArticles; i++) {
    if (cy + artH > y + h - u(150)) break;
    const head = items[i] ?? HEADLINES[(i + rng.int(0, 5)) % HEADLINES.length]!;
    const thumb = Math.min(artH - u(32), u(mobile ? 84 : 150));
    let a = rect(cx, cy, colW, artH, pal.surface) + rect(cx + u(28), cy, colW - u(56), 1, pal.line) +
      rect(cx + u(28), cy + u(16), thumb, thumb, mix(pal.accents[(i + 2) % pal.accents.length]!, pal.surface, 0.35), { rx: u(10) }) +
      fitText(cx + u(28) + thumb + u(18), cy + u(40), head, u(17), colW - thumb - u(84), pal.text, { "font-weight": 700 }) +
      skeleton(cx + u(28) + thumb + u(18), cy + u(56), colW - thumb - u(84), 2, u(6), pal, rng) +
      text(cx + u(28) + thumb + u(18), cy + u(104), "Read more →", u(13), pal.primary, { "font-weight": 700 });
    sections.push(a);
    cy += artH;
  }
  // Call to action and footer.
  const cta = plan.labels[1] ?? (kind === "promo" ? "Shop the sale" : kind === "welcome" ? "Get started" : "Read the full issue");
  let end = rect(cx, cy, colW, u(90), pal.surface) + button(cx + colW / 2 - u(110), cy + u(20), u(220), u(48), cta, pal.primary, u(16));
  cy += u(90);
  end += rect(cx, cy, colW, u(60), mix(pal.surface, pal.surface2, 0.6)) +
    fitText(cx + colW / 2, cy + u(26), `${brand} · 123 Market St · San Francisco`, u(11), colW - u(40), pal.muted, { "text-anchor": "middle" }) +
    text(cx + colW / 2, cy + u(44), "Unsubscribe · Preferences", u(11), pal.muted, { "text-anchor": "middle", "text-decoration": "underline" });
  sections.push(end);
  cy += u(60);
  s += el("g", {}, sections.map((sec, i) => (ctx.dur ? el("g", {}, sec + fadeInOut(ctx, i * 0.08, 0.96)) : sec)).join(""));
  const out = sc.finish(s);
  return { body: out.body, defs: defs + out.defs, summary: `${kind} email "${title}" from ${brand} with ${Math.max(0, sections.length - 3)} articles` };
};
