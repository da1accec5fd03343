// Certificates and diplomas (landscape A4): "certificate of completion", "award certificate for employee of
// the month", "diploma for Maria Lopez". The heading names the kind, the recipient is the prompt's name
// (else a placeholder name from the seed), the reason comes from "for ..."/"in ..."; a seal and two
// signature lines finish it. Video: the seal pops in.
import { pulse } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect } from "../svg";
import { PEOPLE, titleCase } from "../words";
import { fitBlock, fitText, sheet, sym, titleBlock, whenOf } from "./parts";

export const certificate: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const l = plan.lower;
  const diploma = /\bdiploma\b/.test(l);
  const of = l.match(/\bcertificate of ([a-z]+(?: (?!for\b|to\b|in\b|on\b|by\b|from\b|at\b|with\b)[a-z]+)?)/)?.[1];
  const head = diploma ? "Diploma" : of ? `Certificate of ${titleCase(of)}` : /\b(award|winner|employee of)\b/.test(l) ? "Certificate of Award" : /\b(appreciation|thanks)\b/.test(l) ? "Certificate of Appreciation" : "Certificate of Achievement";
  const who = plan.name ?? plan.labels[0] ?? PEOPLE[rng.int(0, PEOPLE.length - 1)]!;
  // The reason is a "for ..." other than the recipient's ("for Jane Doe for finishing the marathon").
  const forM = plan.text.replace(new RegExp(`\\b(?:for|to)\\s+${who.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i"), "").match(/\b(?:for|in)\s+((?!a |an |my )[\p{L}' -]{3,60}?)(?=\s*(?:[,.;]|\bon\b|\bby\b|\bfrom\b|$))/u);
  const reasonRaw = forM && !forM[1]!.includes(who) ? forM[1]! : undefined;
  const reason = reasonRaw ? titleCase(reasonRaw.trim()) : of === "completion" ? "Successfully completing the course" : diploma ? "Bachelor of Arts" : "Outstanding work and dedication";
  const date = whenOf(plan.text).date ?? ["June 12, 2026", "March 3, 2026", "November 20, 2026"][rng.int(0, 2)]!;
  const gold = "#c8a14a", paper = pal.dark ? "#151b2b" : "#fffcf3", ink = pal.dark ? "#f8fafc" : "#2a2418", muted = pal.dark ? "#a1a1aa" : "#7a6d55";
  const serif = "Georgia, 'Times New Roman', serif";
  const sh = sheet(ctx, 1400, 990, paper, 4);
  const { x, y, u } = sh, cx = x + sh.w / 2, cw = sh.w;
  let s = sh.body;
  s += rect(x + 30 * u, y + 30 * u, cw - 60 * u, sh.h - 60 * u, "none", { stroke: pal.primary, "stroke-width": n(10 * u) }) +
    rect(x + 52 * u, y + 52 * u, cw - 104 * u, sh.h - 104 * u, "none", { stroke: gold, "stroke-width": n(2.5 * u) });
  for (const [kx, ky] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) s += el("path", { d: `M${n(x + 52 * u + kx * (cw - 104 * u))} ${n(y + 52 * u + ky * (sh.h - 104 * u))}m${n(-18 * u)} 0l${n(18 * u)} ${n(-18 * u)}l${n(18 * u)} ${n(18 * u)}l${n(-18 * u)} ${n(18 * u)}z`, fill: gold });
  const [ht] = titleBlock(cx, y + 200 * u, fitBlock(head.toUpperCase(), 60 * u, 30 * u, cw - 260 * u, 1, 80 * u), cw - 260 * u, ink, { "text-anchor": "middle", "font-family": serif, "letter-spacing": n(4 * u) });
  s += ht + fitText(cx, y + 300 * u, diploma ? "This is to certify that" : "This certificate is proudly presented to", 28 * u, cw - 300 * u, muted, { "text-anchor": "middle", "font-style": "italic", "font-family": serif });
  s += fitText(cx, y + 430 * u, who, 96 * u, cw - 300 * u, pal.primary, { "text-anchor": "middle", "font-weight": 700, "font-family": serif, "font-style": "italic" });
  s += rect(cx - 330 * u, y + 460 * u, 660 * u, Math.max(1, 2 * u), gold);
  s += fitText(cx, y + 530 * u, diploma ? "has fulfilled the requirements for the degree of" : "for", 26 * u, cw - 300 * u, muted, { "text-anchor": "middle", "font-family": serif });
  s += fitText(cx, y + 590 * u, reason, 40 * u, cw - 300 * u, ink, { "text-anchor": "middle", "font-weight": 700, "font-family": serif });
  // Signatures either side of the seal.
  const sig = (sx: number, label: string, name: string) => el("path", { d: `M${n(sx - 110 * u)} ${n(y + 790 * u)}c${n(40 * u)} ${n(-50 * u)} ${n(60 * u)} ${n(30 * u)} ${n(100 * u)} ${n(-10 * u)}s${n(50 * u)} ${n(20 * u)} ${n(110 * u)} ${n(-15 * u)}`, fill: "none", stroke: ink, "stroke-width": n(2.5 * u), opacity: 0.8 }) +
    rect(sx - 160 * u, y + 810 * u, 320 * u, Math.max(1, 2 * u), muted) + fitText(sx, y + 845 * u, name, 24 * u, 320 * u, ink, { "text-anchor": "middle", "font-weight": 600 }) + fitText(sx, y + 875 * u, label, 20 * u, 320 * u, muted, { "text-anchor": "middle" });
  s += sig(x + 300 * u, "Date", date) + sig(x + cw - 300 * u, diploma ? "Dean" : "Director", PEOPLE[(rng.int(0, PEOPLE.length - 1) + 1) % PEOPLE.length]!);
  let seal = "";
  for (let i = 0; i < 24; i++) { const t = (i / 24) * Math.PI * 2; seal += circle(cx + Math.cos(t) * 78 * u, y + 790 * u + Math.sin(t) * 78 * u, 16 * u, gold); }
  seal += el("path", { d: `M${n(cx - 50 * u)} ${n(y + 840 * u)}l${n(-25 * u)} ${n(90 * u)}l${n(35 * u)} ${n(-20 * u)}l${n(20 * u)} ${n(30 * u)}l${n(20 * u)} ${n(-90 * u)}zM${n(cx + 50 * u)} ${n(y + 840 * u)}l${n(25 * u)} ${n(90 * u)}l${n(-35 * u)} ${n(-20 * u)}l${n(-20 * u)} ${n(30 * u)}l${n(-20 * u)} ${n(-90 * u)}z`, fill: pal.primary });
  seal += circle(cx, y + 790 * u, 78 * u, gold) + circle(cx, y + 790 * u, 62 * u, "none", { stroke: mix(gold, "#ffffff", 0.5), "stroke-width": n(3 * u) }) + sym("trophy", cx, y + 790 * u, 64 * u, readableOn(gold));
  s += pulse(ctx, cx, y + 790 * u, seal);
  return { body: s, summary: `${head.toLowerCase()} for ${who}: ${reason}` };
};
