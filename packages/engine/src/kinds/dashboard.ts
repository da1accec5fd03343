// Dashboard wireframe: sidebar navigation, top bar, a row of KPI cards, a main trend chart and a side
// breakdown, and a short table when there is room. Video: cards rise in turn, the trend line draws itself.
import { anim, fadeInOut } from "../animate";
import { mix, readableOn } from "../color";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { KPI, NAV, pickLabels } from "../words";
import { avatarDot, fontScale, panel, searchGlyph, skeleton } from "./ui-parts";

export const dashboard: Composer = (ctx) => {
  const { w, h, pal, rng, plan } = ctx;
  const fs = fontScale(w, h, 1280, 800);
  const pad = fs(24);
  const sideW = w >= 700 ? Math.max(fs(200), w * 0.16) : 0;
  const topH = fs(64);
  let s = rect(0, 0, w, h, pal.bg);

  // Sidebar: brand, navigation (first item active).
  if (sideW) {
    s += rect(0, 0, sideW, h, pal.dark ? pal.surface : mix(pal.primary, "#0f172a", 0.82));
    const sideText = "#e2e8f0";
    s += rect(pad, fs(22), fs(28), fs(28), pal.primary, { rx: fs(7) });
    s += text(pad + fs(40), fs(42), plan.name ?? plan.labels[0] ?? "Acme", fs(17), sideText, { "font-weight": 700 }, sideW - pad * 2 - fs(40));
    const navCount = Math.min(8, plan.counts.tab ?? 6);
    const nav = pickLabels(navCount, plan.list, NAV);
    nav.forEach((label, i) => {
      const y = fs(96) + i * fs(44);
      if (y > h - fs(40)) return;
      if (i === 0) s += rect(fs(12), y - fs(29), sideW - fs(24), fs(38), pal.primary, { rx: fs(8) });
      s += rect(pad, y - fs(15), fs(14), fs(14), i === 0 ? readableOn(pal.primary) : sideText, { rx: fs(3), opacity: i === 0 ? 0.95 : 0.45 });
      s += text(pad + fs(26), y - fs(3), label, fs(14), i === 0 ? readableOn(pal.primary) : sideText, { opacity: i === 0 ? 1 : 0.75 }, sideW - pad * 2 - fs(26));
    });
  }

  // Top bar: page title, search, avatar.
  const x0 = sideW + pad, cw = w - sideW - pad * 2;
  const title = plan.labels[0] ?? "Dashboard";
  s += text(x0, topH * 0.62, title, fs(22), pal.text, { "font-weight": 700 }, cw * 0.45);
  const sw = Math.min(fs(260), cw * 0.35);
  s += panel(x0 + cw - sw - fs(52), topH * 0.22, sw, topH * 0.56, pal, topH * 0.28);
  s += searchGlyph(x0 + cw - sw - fs(52) + fs(20), topH * 0.47, fs(6), pal.muted);
  s += text(x0 + cw - sw - fs(52) + fs(36), topH * 0.58, "Search", fs(13), pal.muted, {}, sw - fs(50));
  s += avatarDot(x0 + cw - fs(18), topH * 0.5, fs(18), plan.name ?? "Jo Doe", pal.accents[2]!);

  // KPI cards.
  const cards = Math.min(6, Math.max(1, plan.counts.card ?? 4));
  const gap = fs(16);
  const cardW = (cw - gap * (cards - 1)) / cards, cardH = Math.min(fs(112), h * 0.16);
  const cardY = topH + fs(8);
  const kpiLabels = pickLabels(cards, plan.list.length > cards ? [] : plan.list, KPI, plan.labels.slice(1));
  for (let i = 0; i < cards; i++) {
    const x = x0 + i * (cardW + gap);
    const up = rng.chance(0.72);
    const delta = `${up ? "+" : "−"}${n(rng.range(0.4, 18))}%`;
    const value = kpiValue(kpiLabels[i]!, rng.next());
    const inner =
      rect(x + fs(16), cardY + fs(16), fs(6), fs(6), pal.accents[i % pal.accents.length]!, { rx: fs(3) }) +
      text(x + fs(28), cardY + fs(23), kpiLabels[i]!, fs(13), pal.muted, {}, cardW - fs(40)) +
      text(x + fs(16), cardY + cardH * 0.62, value, fs(26), pal.text, { "font-weight": 700 }, cardW - fs(32)) +
      text(x + fs(16), cardY + cardH - fs(14), delta, fs(12), up ? "#16a34a" : "#dc2626", { "font-weight": 600 }, cardW - fs(32));
    const motion = anim(ctx, "transform", ["0 12", "0 12", "0 0", "0 0", "0 12"], { type: "translate", keyTimes: [0, i * 0.06, i * 0.06 + 0.12, 0.92, 1] });
    s += el("g", {}, panel(x, cardY, cardW, cardH, pal, fs(12)) + inner + motion + fadeInOut(ctx, i * 0.06, 0.96));
  }

  // Main chart panel + side breakdown.
  const rowY = cardY + cardH + gap;
  const bottomRoom = h - rowY - pad;
  const chartH = bottomRoom > fs(420) ? bottomRoom * 0.6 : bottomRoom;
  const mainW = cw >= fs(640) ? (cw - gap) * 0.64 : cw;
  s += panel(x0, rowY, mainW, chartH, pal, fs(12));
  s += text(x0 + fs(18), rowY + fs(30), plan.labels[cards + 1] ?? kpiLabels[0] + " over time", fs(15), pal.text, { "font-weight": 600 }, mainW - fs(36));
  s += trend(ctx, x0 + fs(18), rowY + fs(48), mainW - fs(36), chartH - fs(66));
  if (mainW < cw) {
    const sx = x0 + mainW + gap, sw2 = cw - mainW - gap;
    s += panel(sx, rowY, sw2, chartH, pal, fs(12));
    s += text(sx + fs(18), rowY + fs(30), "Breakdown", fs(15), pal.text, { "font-weight": 600 }, sw2 - fs(36));
    s += breakdown(ctx, sx + fs(18), rowY + fs(50), sw2 - fs(36), chartH - fs(68), fs);
  }

  // Recent activity table if there is room below.
  const tableY = rowY + chartH + gap;
  if (h - tableY - pad > fs(120)) {
    const th = h - tableY - pad;
    s += panel(x0, tableY, cw, th, pal, fs(12));
    s += text(x0 + fs(18), tableY + fs(30), "Recent activity", fs(15), pal.text, { "font-weight": 600 }, cw / 2);
    const rows = Math.floor((th - fs(50)) / fs(36));
    for (let r = 0; r < rows; r++) {
      const y = tableY + fs(50) + r * fs(36);
      s += rect(x0 + fs(18), y, cw - fs(36), 1, pal.line);
      s += circle(x0 + fs(32), y + fs(18), fs(9), pal.accents[(r + 1) % pal.accents.length]!, { opacity: 0.8 });
      s += skeleton(x0 + fs(52), y + fs(13), cw * 0.25, 1, fs(9), pal, rng);
      s += skeleton(x0 + cw * 0.45, y + fs(13), cw * 0.18, 1, fs(9), pal, rng);
      s += skeleton(x0 + cw * 0.78, y + fs(13), cw * 0.12, 1, fs(9), pal, rng);
    }
  }
  return { body: s, summary: `dashboard wireframe with ${cards} KPI cards, a trend chart${sideW ? " and sidebar navigation" : ""}` };
};

// Intl is not guaranteed to format identically in every runtime; commas by hand.
function thousands(v: number): string {
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function kpiValue(label: string, r: number): string {
  const l = label.toLowerCase();
  if (/revenue|sales|income|mrr|arr|\$/.test(l)) return `$${n(10 + r * 240)}k`;
  if (/rate|conversion|churn|%|ctr/.test(l)) return `${n(0.5 + r * 12)}%`;
  if (/session|time|duration/.test(l)) return `${1 + Math.floor(r * 8)}m ${10 + Math.floor(r * 49)}s`;
  return thousands(Math.floor(1000 + r * 48000));
}

/** Area + line of a smooth random walk. In video the line draws itself and the area fades in behind it. */
function trend(ctx: Parameters<Composer>[0], x: number, y: number, w: number, h: number): string {
  const { pal, rng } = ctx;
  const pts = 12;
  let v = rng.range(0.3, 0.6);
  const ys: number[] = [];
  for (let i = 0; i < pts; i++) { v = Math.min(0.95, Math.max(0.08, v + rng.range(-0.12, 0.16))); ys.push(v); }
  const px = (i: number) => x + (i / (pts - 1)) * w;
  const py = (v: number) => y + h - v * h;
  let grid = "";
  for (let g = 0; g <= 4; g++) grid += rect(x, y + (g / 4) * h, w, 1, pal.line, { opacity: 0.7 });
  let d = `M${n(px(0))} ${n(py(ys[0]!))}`;
  for (let i = 1; i < pts; i++) {
    const cx = (px(i - 1) + px(i)) / 2;
    d += `C${n(cx)} ${n(py(ys[i - 1]!))} ${n(cx)} ${n(py(ys[i]!))} ${n(px(i))} ${n(py(ys[i]!))}`;
  }
  const gid = ctx.id("trend");
  const defsGrad = el("linearGradient", { id: gid, x1: 0, y1: 0, x2: 0, y2: 1 },
    el("stop", { offset: 0, "stop-color": pal.primary, "stop-opacity": 0.35 }) + el("stop", { offset: 1, "stop-color": pal.primary, "stop-opacity": 0 }));
  const draw = anim(ctx, "stroke-dashoffset", [1, 1, 0, 0, 1], { keyTimes: [0, 0.15, 0.55, 0.94, 1] });
  return el("defs", {}, defsGrad) + grid +
    el("path", { d: `${d}L${n(x + w)} ${n(y + h)}L${n(x)} ${n(y + h)}Z`, fill: `url(#${gid})` }, fadeInOut(ctx, 0.3, 0.94) || undefined) +
    el("path", { d, fill: "none", stroke: pal.primary, "stroke-width": Math.max(1.5, h / 90), "stroke-linecap": "round",
      pathLength: ctx.dur ? 1 : undefined, "stroke-dasharray": ctx.dur ? 1 : undefined }, draw || undefined);
}

/** A stacked horizontal share bar plus legend rows: compact and legible in a narrow column. */
function breakdown(ctx: Parameters<Composer>[0], x: number, y: number, w: number, h: number, fs: (px: number) => number): string {
  const { pal, rng, plan } = ctx;
  const k = 4;
  const raw = Array.from({ length: k }, () => rng.range(1, 5));
  const total = raw.reduce((a, b) => a + b, 0);
  const names = pickLabels(k, [], ["Direct", "Search", "Social", "Email"], plan.labels.slice((plan.counts.card ?? 4) + 2));
  let s = "", cx = x;
  raw.forEach((v, i) => {
    const bw = (v / total) * w;
    s += rect(cx, y, Math.max(0, bw - 2), fs(14), pal.accents[i]!, { rx: fs(3) });
    cx += bw;
  });
  const rowH = Math.min(fs(40), (h - fs(34)) / k);
  raw.forEach((v, i) => {
    const ry = y + fs(44) + i * rowH;
    if (ry > y + h) return;
    s += circle(x + fs(6), ry - fs(4), fs(5), pal.accents[i]!);
    s += text(x + fs(18), ry, names[i]!, fs(13), pal.text, {}, w * 0.6);
    s += text(x + w, ry, `${Math.round((v / total) * 100)}%`, fs(13), pal.muted, { "text-anchor": "end", "font-weight": 600 });
  });
  return s;
}
