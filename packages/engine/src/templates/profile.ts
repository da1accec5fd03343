// Profile page: cover, avatar with initials, the person's name and role from the prompt ("profile page for
// Maya Chen, product designer"), follower stats from its numbers, Follow / Message buttons, tabs and a grid
// of posts. Video: the follow button fills and the follower count ticks up.
import { anim } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, rect, text } from "../svg";
import { PEOPLE, titleCase } from "../words";
import { button } from "../kinds/ui-parts";
import { fitText, paragraph, screen } from "./parts";

const ROLES = ["Product designer", "Software engineer", "Photographer", "Travel writer", "Chef & food blogger", "Musician"];

export const profile: Composer = (ctx) => {
  const { pal, plan, rng } = ctx;
  const sc = screen(ctx);
  const { x, y, w, h, fs, mobile } = sc;
  const name = plan.name ?? PEOPLE[rng.int(0, PEOPLE.length - 1)]!;
  const roleM = plan.text.match(/,\s*(?:an?\s+)?([\p{L} &-]{3,40}?)(?=[,.;]|$)/u) ?? plan.lower.match(/\b(?:of|for) an? ([a-z -]{0,20}(?:er|ist|or|ian|ant|chef|artist|coach|doctor|nurse|student|teacher))\b/);
  const role = plan.labels[0] ?? (roleM ? titleCase(roleM[1]!.trim()) : ROLES[rng.int(0, ROLES.length - 1)]!);
  const nums = plan.data.map((d) => d.value);
  const fmt = (v: number) => (v >= 1e6 ? `${Math.round(v / 1e5) / 10}M` : v >= 1e4 ? `${Math.round(v / 100) / 10}k` : String(Math.round(v)));
  const stats: [string, number][] = [["Posts", nums[2] ?? rng.int(40, 400)], ["Followers", nums[0] ?? rng.int(1200, 90000)], ["Following", nums[1] ?? rng.int(100, 900)]];
  const gid = ctx.id("cover");
  const defs = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 1, y2: 1 }, el("stop", { offset: 0, "stop-color": pal.primary }) + el("stop", { offset: 1, "stop-color": pal.accents[1]! }));
  const pad = fs(mobile ? 20 : 48);
  const coverH = mobile ? fs(150) : Math.min(h * 0.3, fs(220));
  let s = rect(x, y - (mobile ? fs(48) : 0), w, coverH + (mobile ? fs(48) : 0), `url(#${gid})`);
  for (let i = 0; i < 5; i++) s += circle(x + rng.range(0, w), y + rng.range(0, coverH), rng.range(0.2, 0.6) * coverH, "#ffffff", { opacity: 0.08 });
  const ar = fs(mobile ? 48 : 64);
  const acx = mobile ? x + w / 2 : x + pad + ar, acy = y + coverH;
  const initials = name.split(/\s+/).map((p) => Array.from(p)[0] ?? "").join("").slice(0, 2).toUpperCase();
  s += circle(acx, acy, ar + fs(5), pal.bg) + circle(acx, acy, ar, pal.accents[2]!) + text(acx, acy + ar * 0.33, initials, ar * 0.9, readableOn(pal.accents[2]!), { "text-anchor": "middle", "font-weight": 700 });
  const tx = mobile ? x + w / 2 : acx + ar + fs(24), anchor = mobile ? "middle" : "start";
  let ty = mobile ? acy + ar + fs(36) : acy + fs(44);
  const tw = mobile ? w - pad * 2 : w * 0.45;
  s += fitText(tx, ty, name, fs(mobile ? 24 : 30), tw, pal.text, { "text-anchor": anchor, "font-weight": 800 }) +
    fitText(tx, ty + fs(26), role, fs(15), tw, pal.muted, { "text-anchor": anchor });
  ty += fs(mobile ? 46 : 40);
  if (mobile) {
    const [bio, bh] = paragraph(x + pad, ty + fs(12), `${role}. Coffee, long walks and good design. Based in ${["Lisbon", "Berlin", "Austin", "Seoul"][rng.int(0, 3)]}.`, fs(13), w - pad * 2, 2, pal.text, {});
    s += bio; ty += bh + fs(4);
  }
  // Stats.
  const sw = mobile ? (w - pad * 2) / 3 : fs(110);
  const sx = mobile ? x + pad : x + w - pad - sw * 3;
  const sy = mobile ? ty + fs(20) : y + coverH + fs(40);
  stats.forEach(([k, v], i) => {
    s += text(sx + sw * (i + 0.5), sy, fmt(v), fs(20), pal.text, { "text-anchor": "middle", "font-weight": 800 }) + text(sx + sw * (i + 0.5), sy + fs(20), k, fs(12), pal.muted, { "text-anchor": "middle" });
  });
  const by = mobile ? sy + fs(40) : y + coverH + fs(80);
  const bw = mobile ? (w - pad * 2 - fs(12)) / 2 : fs(140);
  const bx = mobile ? x + pad : x + w - pad - bw * 2 - fs(12);
  const follow = button(bx, by, bw, fs(40), "Follow", pal.primary, fs(15));
  s += (ctx.dur ? el("g", {}, follow + anim(ctx, "opacity", [1, 1, 0.55, 1, 1], { keyTimes: [0, 0.4, 0.45, 0.5, 1] })) : follow) +
    button(bx + bw + fs(12), by, bw, fs(40), "Message", pal.bg, fs(15), pal.text);
  // Tabs and grid.
  const gy0 = by + fs(64);
  const tabs = ["Posts", "Media", "Likes"];
  const tw2 = (w - pad * 2) / 3;
  tabs.forEach((t, i) => { s += text(x + pad + tw2 * (i + 0.5), gy0, t, fs(14), i === 0 ? pal.text : pal.muted, { "text-anchor": "middle", "font-weight": i === 0 ? 700 : 500 }); });
  s += rect(x + pad, gy0 + fs(12), w - pad * 2, 1, pal.line) + rect(x + pad + tw2 * 0.25, gy0 + fs(11), tw2 * 0.5, fs(3), pal.primary, { rx: fs(1.5) });
  const cols = mobile ? 3 : 5, gap = fs(6);
  const cell = (w - pad * 2 - gap * (cols - 1)) / cols;
  for (let r = 0; r < 12; r++) {
    const ry = gy0 + fs(24) + r * (cell + gap);
    if (ry + cell * 0.5 > y + h) break;
    for (let c = 0; c < cols; c++) {
      const tint = pal.accents[(r * cols + c) % pal.accents.length]!;
      const cellH = Math.min(cell, y + h - ry);
      s += rect(x + pad + c * (cell + gap), ry, cell, cellH, mix(tint, pal.bg, rng.range(0.1, 0.55)), { rx: fs(6) });
    }
  }
  const out = sc.finish(s);
  return { body: out.body, defs: defs + out.defs, summary: `profile of ${name}, ${role}` };
};
