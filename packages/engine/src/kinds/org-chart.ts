// Org chart: a root, a row of reports, and a few people under each, joined by elbow connectors. Names in
// the prompt ("CEO, CTO, CFO") fill the boxes top-down. Video: each level appears in turn.
import { fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { el, n, rect, text } from "../svg";
import { PEOPLE, ROLES, pickLabels, titleCase } from "../words";
import { avatarDot, fontScale, panel } from "./ui-parts";

export const orgChart: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 1200, 720);
  // Roles named in the prompt ("with CEO, CTO, CFO") without a "team:" list head.
  const named = plan.list.length ? plan.list : (plan.text.match(/\b(CEO|CTO|CFO|COO|CMO|CPO|VP [A-Z][a-z]+|Head of [A-Z][a-z]+|Director|Manager|Lead)\b/g) ?? []);
  // "a manager and three engineers": counted roles become exactly that many cards under the named head.
  const counted = named.length ? [] : plan.groups.filter((g) => !/^(level|layer|tier|row|column|card|box|node|step|person|people|member|employee)$/.test(g.noun));
  let roles: string[];
  if (counted.length) {
    const head = plan.lower.match(/\b(?:an?|one|the|our)\s+(ceo|cto|cfo|coo|founder|(?:engineering |product |project |design |sales )?manager|director|(?:team |tech )?lead|head of \w+|vp of \w+|boss|principal|supervisor|owner|president)\b/);
    roles = [head ? titleCase(head[1]!) : "Team Lead", ...counted.flatMap((g) => Array<string>(g.count).fill(titleCase(g.noun)))].slice(0, 9);
  } else roles = pickLabels(1 + Math.max(2, Math.min(6, (plan.counts.person ?? (named.length || 4)) - 1)), named, ROLES, plan.labels);
  const root = roles[0]!;
  const reports = roles.slice(1);
  const pad = fs(36);
  // A third level of unnamed reports only when the prompt did not say exactly who is in the team.
  const levels = h > fs(420) && !counted.length ? 3 : 2;
  const levelH = (h - pad * 2) / levels;
  const cardH = Math.min(fs(76), levelH * 0.6), cardW = Math.min(fs(210), (w - pad * 2) / reports.length - fs(16));
  let s = rect(0, 0, w, h, pal.bg);
  let edges = "";
  const card = (cx: number, cy: number, title: string, who: string, color: string, cw = cardW) =>
    panel(cx - cw / 2, cy - cardH / 2, cw, cardH, pal, fs(10)) + rect(cx - cw / 2, cy - cardH / 2, cw, fs(4), color, { rx: fs(2) }) +
    avatarDot(cx - cw / 2 + fs(30), cy, Math.min(fs(18), cardH * 0.3), who, color) +
    text(cx - cw / 2 + fs(56), cy - fs(2), title, fs(15), pal.text, { "font-weight": 700 }, cw - fs(66)) +
    text(cx - cw / 2 + fs(56), cy + fs(17), who, fs(12), pal.muted, {}, cw - fs(66));
  const people = [...PEOPLE];
  const person = () => people.splice(rng.int(0, people.length - 1), 1)[0] ?? "Sam Lee";

  const rootY = pad + levelH / 2;
  const levelY = (l: number) => pad + levelH * l + levelH / 2;
  const colW = (w - pad * 2) / reports.length;
  let nodes = el("g", {}, card(w / 2, rootY, root, person(), pal.primary, Math.max(cardW, fs(220))) + fadeInOut(ctx, 0, 0.97));
  let level2 = "", level3 = "";
  reports.forEach((role, i) => {
    const cx = pad + colW * (i + 0.5), cy = levelY(1);
    const color = pal.accents[(i + 1) % pal.accents.length]!;
    const midY = (rootY + cardH / 2 + cy - cardH / 2) / 2;
    edges += `M${n(w / 2)} ${n(rootY + cardH / 2)}V${n(midY)}H${n(cx)}V${n(cy - cardH / 2)}`;
    level2 += card(cx, cy, role, person(), color);
    if (levels === 3) {
      const kids = rng.int(1, Math.min(3, Math.max(1, Math.floor(colW / (fs(34) + fs(8)) ))));
      const kidW = Math.min(cardW, (colW - fs(12) * kids) / kids);
      for (let k = 0; k < kids; k++) {
        const kx = cx - (kids * kidW + (kids - 1) * fs(8)) / 2 + kidW / 2 + k * (kidW + fs(8));
        const ky = levelY(2);
        edges += `M${n(cx)} ${n(cy + cardH / 2)}V${n((cy + ky) / 2)}H${n(kx)}V${n(ky - cardH * 0.35)}`;
        level3 += panel(kx - kidW / 2, ky - cardH * 0.35, kidW, cardH * 0.7, pal, fs(8)) +
          avatarDot(kx - kidW / 2 + fs(22), ky, Math.min(fs(13), kidW * 0.2), person(), pal.accents[(i + 1) % pal.accents.length]!) +
          (kidW > fs(90) ? rect(kx - kidW / 2 + fs(42), ky - fs(4), kidW - fs(56), fs(8), pal.surface2, { rx: fs(4) }) : "");
      }
    }
  });
  nodes += el("g", {}, level2 + fadeInOut(ctx, 0.2, 0.97)) + (level3 ? el("g", {}, level3 + fadeInOut(ctx, 0.4, 0.97)) : "");
  s += el("path", { d: edges, fill: "none", stroke: pal.line, "stroke-width": fs(2), "stroke-linejoin": "round" }) + nodes;
  return { body: s, summary: `org chart: ${root} with ${reports.length} direct reports (${reports.join(", ")})` };
};
