// Invitations and greeting cards (5 x 7 in): the occasion the prompt names (birthday, wedding, baby shower,
// Christmas, thank-you...) picks the headline, palette and decorations (confetti, balloons, leaves,
// snowflakes, hearts); the person, date, time and place come from the prompt ("invitation to Emma's 30th
// birthday on June 5 at 7 pm at The Garden"). Video: confetti or snow falls, balloons float.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { fitText, paragraph, whenOf } from "./parts";

type Occasion = "birthday" | "wedding" | "baby" | "christmas" | "thanks" | "graduation" | "anniversary" | "newyear" | "valentine" | "party" | "getwell" | "greeting";
const OCC: [Occasion, RegExp][] = [
  ["wedding", /\b(wedding|marry|marriage|engagement|save the date|bridal)\b/], ["baby", /\b(baby shower|baby|gender reveal|christening)\b/],
  ["christmas", /\b(christmas|xmas|holiday|holidays|festive|hanukkah|winter party)\b/], ["thanks", /\b(thank[- ]?you|thanks|gratitude)\b/],
  ["graduation", /\b(graduat\w+|commencement)\b/], ["anniversary", /\banniversary\b/], ["newyear", /\bnew year'?s?\b/],
  ["valentine", /\b(valentine'?s?|love)\b/], ["getwell", /\bget well\b/], ["birthday", /\b(birthday|bday|b-day|turning \d+|\d+(st|nd|rd|th) birthday)\b/],
  ["party", /\b(party|celebration|dinner|bbq|barbecue|housewarming|launch|gala|event)\b/],
];
const HEAD: Record<Occasion, string> = { birthday: "Happy Birthday", wedding: "Save the Date", baby: "Baby Shower", christmas: "Merry Christmas", thanks: "Thank You",
  graduation: "Congratulations, Graduate", anniversary: "Happy Anniversary", newyear: "Happy New Year", valentine: "Be Mine", party: "You're Invited", getwell: "Get Well Soon", greeting: "With Love" };
const COLORS: Record<Occasion, string[]> = { birthday: ["#f472b6", "#facc15", "#60a5fa", "#34d399"], wedding: ["#d6b370", "#e9d5c0", "#9ca38f"], baby: ["#93c5fd", "#f9a8d4", "#fde68a"],
  christmas: ["#b91c1c", "#15803d", "#facc15"], thanks: ["#f59e0b", "#ef4444", "#84cc16"], graduation: ["#1e3a8a", "#facc15"], anniversary: ["#be123c", "#d6b370"],
  newyear: ["#facc15", "#e5e7eb", "#a78bfa"], valentine: ["#e11d48", "#fb7185", "#fda4af"], party: ["#8b5cf6", "#f472b6", "#22d3ee", "#facc15"], getwell: ["#34d399", "#fde68a"], greeting: ["#f472b6", "#a78bfa"] };

export const invitation: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const occ = OCC.find(([, re]) => re.test(plan.lower))?.[0] ?? "greeting";
  const invite = /\b(invit\w*|invite|save the date|rsvp|join us)\b/.test(plan.lower);
  const colors = plan.colors.length ? plan.colors : COLORS[occ];
  const who = plan.name ?? possessive(plan.text);
  const age = plan.lower.match(/\b(\d{1,3})(?:st|nd|rd|th)\b|\bturning (\d{1,3})\b/);
  const couple = occ === "wedding" || occ === "anniversary" ? plan.text.match(/\b(\p{Lu}[\p{L}-]+)\s+(?:and|&)\s+(\p{Lu}[\p{L}-]+)\b/u) : null;
  const head = plan.labels[0] ?? (couple ? `${couple[1]} & ${couple[2]}` : invite && occ === "birthday" ? `${who ? who + "'s" : "A"} ${age ? (age[1] ?? age[2]) + ordinal(+(age[1] ?? age[2])!) + " " : ""}Birthday`
    : invite && occ === "party" ? "You're Invited" : occ === "birthday" && who ? `Happy Birthday, ${who}` : HEAD[occ]);
  const { date, time } = whenOf(plan.text);
  const place = plan.text.match(/\bat\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/u);
  const dark = occ === "christmas" || occ === "graduation" || occ === "newyear" || pal.dark;
  const paper = dark ? (occ === "christmas" ? "#14532d" : "#0f172a") : occ === "wedding" ? "#fbf8f3" : "#fffdf7";
  const ink = dark ? "#f8fafc" : occ === "wedding" ? "#3f3a33" : "#1f2937";
  const accent = colors[0]!;
  const u = Math.min(w / 1000, h / 1400);
  const cw = 880 * u, ch = Math.min(h * 0.94, 1300 * u), cx = w / 2, x0 = cx - cw / 2, y0 = (h - ch) / 2;
  let s = rect(0, 0, w, h, mix(paper, "#94a3b8", 0.35)) + rect(x0 + 8 * u, y0 + 12 * u, cw, ch, "#000000", { opacity: 0.15, rx: 12 * u }) + rect(x0, y0, cw, ch, paper, { rx: 12 * u });
  // Border.
  s += rect(x0 + 36 * u, y0 + 36 * u, cw - 72 * u, ch - 72 * u, "none", { stroke: accent, "stroke-width": 3 * u, rx: 8 * u }) +
    rect(x0 + 50 * u, y0 + 50 * u, cw - 100 * u, ch - 100 * u, "none", { stroke: accent, "stroke-width": 1.2 * u, rx: 6 * u, opacity: 0.6 });
  s += decorations(ctx, occ, colors, x0, y0, cw, ch, u);
  // Text block.
  const serif = occ === "wedding" || occ === "anniversary" ? "Georgia, 'Times New Roman', serif" : undefined;
  let ty = y0 + ch * 0.4;
  s += text(cx, ty - 110 * u, couple ? (invite ? "SAVE THE DATE FOR THE WEDDING OF" : "HAPPY ANNIVERSARY") : invite ? "YOU ARE INVITED TO" : occ === "thanks" ? "FROM ALL OF US" : "FOR YOU", 26 * u, mix(ink, paper, 0.35), { "text-anchor": "middle", "letter-spacing": n(6 * u), "font-weight": 600 });
  const [ht, hh] = paragraph(cx, ty, head, 92 * u, cw - 220 * u, 2, ink, { "text-anchor": "middle", "font-weight": 800, "font-family": serif }, 1.1);
  s += ht;
  ty += hh + 10 * u;
  s += rect(cx - 60 * u, ty, 120 * u, 4 * u, accent, { rx: 2 * u });
  ty += 80 * u;
  const details = [date ?? (invite ? "Saturday, June 14" : ""), time ?? (invite ? "7:00 pm" : ""), place ? place[1] : invite ? "The Garden Room" : ""].filter(Boolean);
  if (details.length) details.forEach((d, i) => { s += fitText(cx, ty + i * 54 * u, d!, (i === 0 ? 40 : 34) * u, cw - 240 * u, ink, { "text-anchor": "middle", "font-weight": i === 0 ? 700 : 500, "font-family": serif }); });
  else {
    const msg = plan.labels[1] ?? { thanks: "Your kindness means the world to us.", christmas: "Wishing you joy, peace and warm days.", birthday: "Wishing you a year full of laughter and cake.", getwell: "Sending you warm wishes for a speedy recovery.", newyear: "Here's to a bright year ahead." }[occ as string] ?? "Thinking of you today and always.";
    const [mt] = paragraph(cx, ty, msg, 34 * u, cw - 260 * u, 3, ink, { "text-anchor": "middle", "font-family": serif });
    s += mt;
  }
  if (invite) s += rect(cx - 120 * u, y0 + ch - 200 * u, 240 * u, 64 * u, accent, { rx: 32 * u }) + text(cx, y0 + ch - 158 * u, "RSVP", 28 * u, readableOn(accent), { "text-anchor": "middle", "font-weight": 800, "letter-spacing": n(4 * u) });
  void rng;
  return { body: s, summary: `${invite ? "invitation" : "greeting card"} (${occ}): "${head}"${details.length ? ", " + details.join(", ") : ""}` };
};

function ordinal(k: number): string {
  return k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th";
}

/** "Emma's 30th birthday" -> Emma. */
function possessive(text: string): string | undefined {
  return text.match(/\b(\p{Lu}[\p{L}-]+)[’']s\b/u)?.[1];
}

function decorations(ctx: Parameters<Composer>[0], occ: Occasion, colors: string[], x0: number, y0: number, cw: number, ch: number, u: number): string {
  const { rng } = ctx;
  let s = "";
  const fall = (dist: number, k: number) => anim(ctx, "transform", ["0 0", `${n(rng.range(-20, 20) * u)} ${n(dist)}`], { type: "translate", ease: false, keyTimes: [0, 1] }) + (k ? "" : "");
  if (occ === "birthday" || occ === "party" || occ === "baby" || occ === "graduation" || occ === "newyear") {
    // Balloons at the top corners, confetti everywhere.
    for (const [bx, side] of [[x0 + cw * 0.14, -1], [x0 + cw * 0.86, 1]] as const) for (let i = 0; i < 3; i++) {
      const c = colors[(i + (side > 0 ? 1 : 0)) % colors.length]!;
      const cx = bx + side * (i - 1) * 40 * u, cy = y0 + 170 * u + i * 30 * u + (i === 1 ? -50 * u : 0);
      const b = el("path", { d: `M${n(cx)} ${n(cy + 62 * u)}q${n(side * 14 * u)} ${n(60 * u)} ${n(-side * 6 * u)} ${n(130 * u)}`, fill: "none", stroke: mix(c, "#000000", 0.3), "stroke-width": 1.5 * u }) +
        el("ellipse", { cx: n(cx), cy: n(cy), rx: n(46 * u), ry: n(58 * u), fill: c }) + el("ellipse", { cx: n(cx - 16 * u), cy: n(cy - 22 * u), rx: n(9 * u), ry: n(15 * u), fill: "#ffffff", opacity: 0.45 });
      s += ctx.dur ? el("g", {}, b + anim(ctx, "transform", ["0 0", `0 ${n(-18 * u)}`, "0 0"], { type: "translate" })) : b;
    }
    for (let i = 0; i < 46; i++) {
      const px = x0 + rng.range(0.06, 0.94) * cw, py = y0 + rng.range(0.05, 0.95) * ch;
      if (Math.abs(px - (x0 + cw / 2)) < cw * 0.33 && py > y0 + ch * 0.22 && py < y0 + ch * 0.85) continue; // keep the text clear
      const c = colors[i % colors.length]!;
      const piece = rng.chance(0.5) ? circle(px, py, rng.range(5, 9) * u, c) : rect(px, py, rng.range(8, 16) * u, rng.range(4, 7) * u, c, { transform: `rotate(${rng.int(0, 179)} ${n(px)} ${n(py)})` });
      s += ctx.dur ? el("g", {}, piece + fall(ch * 0.08, i)) : piece;
    }
  } else if (occ === "christmas") {
    for (let i = 0; i < 40; i++) {
      const px = x0 + rng.range(0.05, 0.95) * cw, py = y0 + rng.range(0.03, 0.97) * ch;
      if (Math.abs(px - (x0 + cw / 2)) < cw * 0.33 && py > y0 + ch * 0.22 && py < y0 + ch * 0.85) continue;
      const flake = circle(px, py, rng.range(3, 9) * u, "#ffffff", { opacity: rng.range(0.5, 0.95) });
      s += ctx.dur ? el("g", {}, flake + fall(ch * 0.12, i)) : flake;
    }
    // A simple tree at the bottom.
    const tx = x0 + cw / 2, ty = y0 + ch - 90 * u;
    for (let k = 0; k < 3; k++) s += el("path", { d: `M${n(tx)} ${n(ty - 150 * u + k * 40 * u)}l${n(70 * u - k * -12 * u)} ${n(80 * u)}h${n(-140 * u - k * 24 * u)}z`, fill: "#22c55e" });
    s += rect(tx - 12 * u, ty + 8 * u, 24 * u, 24 * u, "#92400e") + circle(tx, ty - 155 * u, 12 * u, "#facc15");
  } else {
    // Leaves / hearts in the corners.
    const heart = occ === "valentine" || occ === "anniversary";
    for (const [cx, cy, rot] of [[x0 + 90 * u, y0 + 90 * u, 0], [x0 + cw - 90 * u, y0 + 90 * u, 90], [x0 + 90 * u, y0 + ch - 90 * u, 270], [x0 + cw - 90 * u, y0 + ch - 90 * u, 180]] as const) {
      for (let k = 0; k < 5; k++) {
        const a = ((rot + 10 + k * 17) * Math.PI) / 180;
        const lx = cx + Math.cos(a) * (40 + k * 14) * u, ly = cy + Math.sin(a) * (40 + k * 14) * u;
        const c = colors[k % colors.length]!;
        s += heart ? el("path", { d: `M${n(lx)} ${n(ly + 10 * u)}c${n(-22 * u)} ${n(-14 * u)} ${n(-12 * u)} ${n(-32 * u)} 0 ${n(-20 * u)}c${n(12 * u)} ${n(-12 * u)} ${n(22 * u)} ${n(6 * u)} 0 ${n(20 * u)}z`, fill: c })
          : el("ellipse", { cx: n(lx), cy: n(ly), rx: n(22 * u), ry: n(9 * u), fill: c, transform: `rotate(${rot + k * 30} ${n(lx)} ${n(ly)})`, opacity: 0.85 });
      }
    }
  }
  return s;
}
