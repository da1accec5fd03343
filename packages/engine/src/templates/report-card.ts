// School report cards: the student (a proper name, else a name from the seed), the subjects and grades the
// prompt lists ("math A, history B+"), else a typical set of subjects with grades from the seed, each with a
// bar, an average, and a teacher's comment.
import { mix } from "../color";
import type { Composer } from "../composer";
import { n, rect } from "../svg";
import { PEOPLE } from "../words";
import { fitText, itemsOf, paragraph, sheet } from "./parts";

const SUBJECTS = ["Mathematics", "English", "Science", "History", "Geography", "Art", "Music", "Physical Education"];
const GRADES = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C"];
const COMMENTS = ["A curious and hard-working student who helps others. Keep up the great effort!", "Strong progress this term, especially in reading. More care with homework deadlines will help.", "Participates well in class discussions and shows real creativity in projects."];

export const reportCard: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const own = itemsOf(ctx).map((i) => { const g = (i.name + " " + (i.value ?? "")).match(/^(.*?)\s*\b([A-F][+-]?|\d{1,3})\s*$/); return g ? [g[1]!.trim(), g[2]!] : undefined; }).filter((x): x is [string, string] => !!x && !!x[0]);
  const rows: [string, string][] = own.length ? own.slice(0, 10) : SUBJECTS.slice(0, 7).map((s) => [s, GRADES[rng.int(0, 5)]!]);
  const student = plan.name ?? plan.labels[0] ?? PEOPLE[rng.int(0, PEOPLE.length - 1)]!;
  const score = (g: string) => (/^\d+$/.test(g) ? Math.min(100, +g) : Math.max(40, 100 - GRADES.indexOf(g.replace(/^([A-F])$/, "$1")) * 6 - (g.startsWith("D") ? 40 : g.startsWith("F") ? 55 : 0)));
  const avg = rows.reduce((a, [, g]) => a + score(g), 0) / rows.length;
  const paper = pal.dark ? "#171a21" : "#ffffff", ink = pal.dark ? "#f3f4f6" : "#111827", muted = pal.dark ? "#9ca3af" : "#6b7280";
  const sh = sheet(ctx, 1000, 1300, paper, 10);
  const { x, y, u } = sh, lx = x + 80 * u, iw = sh.w - 160 * u;
  // A deep shade of the brand colour so the white heading reads on any palette.
  const band = mix(pal.primary, "#000000", 0.35), y0 = 2025 + rng.int(0, 1);
  let s = sh.body + rect(x, y, sh.w, 200 * u, band, { rx: 10 * u }) + rect(x, y + 180 * u, sh.w, 20 * u, band);
  s += fitText(lx, y + 90 * u, "REPORT CARD", 26 * u, iw, "#ffffff", { "font-weight": 700, "letter-spacing": n(5 * u), opacity: 0.85 }) + fitText(lx, y + 150 * u, student, 56 * u, iw, "#ffffff", { "font-weight": 800 });
  s += fitText(lx, y + 260 * u, `Term ${rng.int(1, 3)}  ·  ${y0}–${y0 + 1}  ·  Grade ${rng.int(4, 10)}`, 24 * u, iw, muted, { "font-weight": 600 });
  const row = Math.min(80 * u, (sh.h - 640 * u) / rows.length), fs = Math.min(28 * u, row * 0.45);
  s += fitText(lx, y + 330 * u, "Subject", 20 * u, iw * 0.4, muted, { "font-weight": 700 }) + fitText(lx + iw, y + 330 * u, "Grade", 20 * u, iw * 0.2, muted, { "font-weight": 700, "text-anchor": "end" });
  rows.forEach(([subject, grade], i) => {
    const ry = y + 330 * u + (i + 1) * row, k = score(grade) / 100;
    s += fitText(lx, ry, subject, fs, iw * 0.38, ink, { "font-weight": 600 }) +
      rect(lx + iw * 0.42, ry - fs * 0.55, iw * 0.4, fs * 0.45, mix(pal.primary, paper, 0.85), { rx: fs * 0.22 }) + rect(lx + iw * 0.42, ry - fs * 0.55, iw * 0.4 * k, fs * 0.45, pal.accents[i % pal.accents.length]!, { rx: fs * 0.22 }) +
      fitText(lx + iw, ry, grade, fs * 1.1, iw * 0.14, ink, { "font-weight": 800, "text-anchor": "end" }) + rect(lx, ry + row * 0.35, iw, Math.max(1, u), muted, { opacity: 0.25 });
  });
  const cy = y + 330 * u + (rows.length + 1) * row + 20 * u;
  s += rect(lx, cy, iw, 90 * u, mix(pal.primary, paper, 0.9), { rx: 12 * u }) + fitText(lx + 30 * u, cy + 58 * u, "Average", 28 * u, iw * 0.5, ink, { "font-weight": 700 }) +
    fitText(lx + iw - 30 * u, cy + 60 * u, `${Math.round(avg)}%`, 40 * u, iw * 0.3, pal.primary, { "font-weight": 900, "text-anchor": "end" });
  s += fitText(lx, cy + 160 * u, "Teacher's comment", 24 * u, iw, muted, { "font-weight": 700 });
  s += paragraph(lx, cy + 205 * u, COMMENTS[rng.int(0, COMMENTS.length - 1)]!, 24 * u, iw, 3, ink, { "font-style": "italic" })[0];
  return { body: s, summary: `report card for ${student} with ${rows.length} subjects, average ${Math.round(avg)}%` };
};
