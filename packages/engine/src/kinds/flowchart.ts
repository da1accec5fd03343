// Linear flowchart: start/end pills, process boxes, diamonds for decisions ("review?", "approve"), laid out in a
// row, or snaking over several rows when the steps do not fit. Video: arrows draw in turn and a token travels.
import { anim, fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { circle, el, n, rect, text } from "../svg";
import { STEPS, pickLabels, titleCase } from "../words";
import { fontScale } from "./ui-parts";
import { arrowMarker, node, type NodeShape } from "./diagram-parts";

const DECISION = /\?$|\b(decide|decision|check|approve[d]?|review|valid|ok|is |if )/i;

export const flowchart: Composer = (ctx) => {
  const { w, h, pal, plan } = ctx;
  const fs = fontScale(w, h, 1200, 720);
  const count = Math.min(16, Math.max(2, plan.list.length || plan.counts.step || plan.counts.node || (plan.labels.length > 1 ? plan.labels.length : 5)));
  const steps = pickLabels(count, plan.list, STEPS, plan.labels).map((s) => titleCase(s));
  const pad = fs(40);
  const heading = plan.list.length && plan.labels[0] ? plan.labels[0] : "";
  const top = pad + (heading ? fs(40) : 0);
  // Columns per row: as many as fit at a readable node width.
  const minNodeW = fs(150);
  const perRow = Math.max(1, Math.min(count, Math.floor((w - pad * 2 + fs(60)) / (minNodeW + fs(60)))));
  const rows = Math.ceil(count / perRow);
  const gapX = fs(60);
  const nodeW = Math.min(fs(220), (w - pad * 2 - gapX * (perRow - 1)) / perRow);
  const rowH = (h - top - pad) / rows;
  const nodeH = Math.min(fs(90), rowH * 0.55);
  const [mdefs, mid] = arrowMarker(ctx, pal.muted);

  const pos = steps.map((_, i) => {
    const r = Math.floor(i / perRow), c = i % perRow;
    const col = r % 2 === 0 ? c : perRow - 1 - c; // snake so consecutive steps stay adjacent
    const inRow = Math.min(perRow, count - r * perRow);
    const rowW = inRow * nodeW + (inRow - 1) * gapX;
    // Reversed rows start under the end of the row above, so a short last row hangs from the right.
    const x0 = (w - (perRow * nodeW + (perRow - 1) * gapX)) / 2;
    return { x: (rows === 1 ? (w - rowW) / 2 : x0) + col * (nodeW + gapX) + nodeW / 2, y: top + r * rowH + rowH / 2 };
  });

  let s = rect(0, 0, w, h, pal.bg);
  // Dot grid backdrop, the familiar diagram-editor look, via one <pattern> (cheap at any size).
  const pid = ctx.id("grid");
  const g = fs(24);
  const defs = mdefs + el("pattern", { id: pid, width: g, height: g, patternUnits: "userSpaceOnUse" }, circle(g / 2, g / 2, Math.max(0.6, fs(1.2)), pal.line));
  s += rect(0, 0, w, h, `url(#${pid})`);
  if (heading) s += text(pad, pad + fs(16), heading, fs(22), pal.text, { "font-weight": 700 }, w - pad * 2);

  let path = "";
  const seg = 1 / Math.max(1, count);
  for (let i = 0; i < count - 1; i++) {
    const a = pos[i]!, b = pos[i + 1]!;
    let d: string;
    if (Math.abs(a.y - b.y) < 1) {
      const dir = Math.sign(b.x - a.x);
      d = `M${n(a.x + dir * nodeW / 2)} ${n(a.y)}L${n(b.x - dir * (nodeW / 2 + 2))} ${n(b.y)}`;
    } else {
      d = `M${n(a.x)} ${n(a.y + nodeH / 2)}L${n(b.x)} ${n(b.y - nodeH / 2 - 2)}`;
    }
    path += (path ? "" : "") + d;
    s += el("path", { d, fill: "none", stroke: pal.muted, "stroke-width": fs(2), "marker-end": `url(#${mid})`,
      pathLength: ctx.dur ? 1 : undefined, "stroke-dasharray": ctx.dur ? 1 : undefined },
      anim(ctx, "stroke-dashoffset", [1, 1, 0, 0, 1], { keyTimes: [0, (i + 0.6) * seg * 0.8, (i + 1) * seg * 0.8, 0.95, 1] }) || undefined);
  }
  steps.forEach((label, i) => {
    const p = pos[i]!;
    const shape: NodeShape = i === 0 || i === count - 1 ? "pill" : DECISION.test(label) ? "diamond" : "box";
    const fill = shape === "pill" ? pal.primary : shape === "diamond" ? pal.accents[1]! : pal.surface;
    const stroke = shape === "box" ? pal.primary : undefined;
    const nh = shape === "diamond" ? nodeH * 1.25 : nodeH;
    s += el("g", {}, node(p.x, p.y, shape === "diamond" ? nodeW * 0.95 : nodeW, nh, label.replace(/\?$/, "?"), fill, fs(16), shape, stroke) +
      fadeInOut(ctx, i * seg * 0.8, 0.97));
  });
  // The token: one dot riding the whole chain of connectors.
  if (ctx.dur && count > 1) {
    const route = pos.map((p, i) => `${i ? "L" : "M"}${n(p.x)} ${n(p.y)}`).join("");
    s += circle(0, 0, fs(7), pal.accents[2]!, { stroke: pal.surface, "stroke-width": fs(2) },
      `<animateMotion path="${route}" dur="${n(ctx.dur)}s" repeatCount="indefinite" keyPoints="0;1;1" keyTimes="0;0.8;1" calcMode="linear"/>`);
  }
  return { body: s, defs, summary: `flowchart of ${count} steps: ${steps.join(", ")}` };
};
