// Business card (3.5 x 2 in): front with the person's name, title and company from the prompt ("business
// card for Jane Doe, architect at Studio North"), contact lines derived from them, and a logo mark; the
// back (brand colour with the mark) sits beside it on wide canvases. Video: the card flips to its back.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { PEOPLE, titleCase } from "../words";
import { fitText } from "./parts";

export const businessCard: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const name = plan.name && !/^(Studio|Inc|Ltd)$/.test(plan.name) ? plan.name : plan.labels[0] ?? PEOPLE[rng.int(0, PEOPLE.length - 1)]!;
  const roleM = plan.text.match(/,\s*(?:an?\s+)?([\p{L} &-]{3,40}?)(?=\s+(?:at|for|of)\s|[,.;]|$)/u) ?? plan.lower.match(/\b(?:for|of) an? ([a-z -]{0,20}(?:er|ist|or|ian|ant|chef|artist|coach|doctor|nurse|consultant|agent))\b/);
  const role = roleM ? titleCase(roleM[1]!.trim()) : ["Product Designer", "Software Engineer", "Architect", "Marketing Lead", "Founder & CEO"][rng.int(0, 4)]!;
  const coM = plan.text.match(/\bat\s+((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:&|\p{Lu}[\p{L}'’.&-]*)){0,3})/u);
  const company = coM?.[1] ?? plan.labels[1] ?? ["Northwind", "Studio Nova", "Brightline", "Acme Labs"][rng.int(0, 3)]!;
  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/[^a-z]/g, "") || "hello";
  const lines = [`+1 (555) ${rng.int(200, 899)}-${rng.int(1000, 9999)}`, `${first}@${slug || "mail"}.com`, `www.${slug || "example"}.com`];
  const two = w / h > 2.4;
  const cw = two ? Math.min((w - w * 0.09) / 2, (h * 0.8) * 1.75) : Math.min(w * 0.86, h * 0.86 * 1.75);
  const ch = cw / 1.75;
  const fx = two ? (w - cw * 2 - w * 0.03) / 2 : (w - cw) / 2, fy = (h - ch) / 2;
  const u = cw / 1050;
  const dark = pal.dark;
  const paper = dark ? "#111827" : "#ffffff", ink = dark ? "#f9fafb" : "#111827", muted = dark ? "#9ca3af" : "#6b7280";
  let s = rect(0, 0, w, h, mix(pal.bg, "#9ca3af", 0.25));
  const shadow = (x: number) => rect(x + 10 * u, fy + 14 * u, cw, ch, "#000000", { rx: 18 * u, opacity: 0.18 });
  const mark = (cx: number, cy: number, r: number, fill: string, fg: string) => circle(cx, cy, r, fill) +
    text(cx, cy + r * 0.36, company.split(/\s+/).map((p) => Array.from(p)[0] ?? "").join("").slice(0, 2).toUpperCase(), r, fg, { "text-anchor": "middle", "font-weight": 800 });
  let front = shadow(fx) + rect(fx, fy, cw, ch, paper, { rx: 18 * u }) + rect(fx, fy + ch - 24 * u, cw, 24 * u, pal.primary) + rect(fx, fy + ch - 40 * u, cw, 18 * u, paper);
  front += mark(fx + cw - 130 * u, fy + 120 * u, 56 * u, pal.primary, readableOn(pal.primary)) +
    fitText(fx + 80 * u, fy + 230 * u, name, 64 * u, cw - 300 * u, ink, { "font-weight": 800 }) +
    fitText(fx + 80 * u, fy + 285 * u, role, 32 * u, cw - 160 * u, pal.primary, { "font-weight": 600 }) +
    fitText(fx + 80 * u, fy + 330 * u, company, 28 * u, cw - 160 * u, muted, {});
  lines.forEach((l, i) => { front += circle(fx + 88 * u, fy + 405 * u + i * 44 * u, 7 * u, pal.accents[1]!) + text(fx + 110 * u, fy + 415 * u + i * 44 * u, l, 26 * u, ink, {}, cw - 200 * u); });
  const backX = two ? fx + cw + w * 0.03 : fx;
  const back = shadow(backX) + rect(backX, fy, cw, ch, pal.primary, { rx: 18 * u }) +
    circle(backX + cw * 0.85, fy + ch * 0.1, ch * 0.5, "#ffffff", { opacity: 0.07 }) + circle(backX + cw * 0.1, fy + ch * 0.95, ch * 0.4, "#ffffff", { opacity: 0.07 }) +
    mark(backX + cw / 2, fy + ch * 0.42, 80 * u, readableOn(pal.primary), pal.primary) +
    fitText(backX + cw / 2, fy + ch * 0.42 + 150 * u, company, 44 * u, cw - 160 * u, readableOn(pal.primary), { "text-anchor": "middle", "font-weight": 800, "letter-spacing": n(2 * u) });
  if (two) s += front + back;
  else if (ctx.dur) {
    // Flip: squash the front to nothing, then the back appears and squashes back.
    const cx = fx + cw / 2;
    const flip = (vals: string[]) => anim(ctx, "transform", vals, { type: "scale", keyTimes: [0, 0.4, 0.45, 0.5, 0.9, 0.95, 1] });
    const sx = (v: number) => `${v} 1`;
    s += el("g", { transform: `translate(${n(cx)} 0)` }, el("g", {}, el("g", { transform: `translate(${n(-cx)} 0)` }, front) + flip([sx(1), sx(1), sx(0.01), sx(0.01), sx(0.01), sx(1), sx(1)]).replace("/>", ' additive="sum"/>')) +
      el("g", {}, el("g", { transform: `translate(${n(-cx)} 0)` }, back) + flip([sx(0.01), sx(0.01), sx(0.01), sx(1), sx(1), sx(0.01), sx(0.01)]).replace("/>", ' additive="sum"/>')));
  } else s += front;
  return { body: s, summary: `business card for ${name}, ${role} at ${company}` };
};
