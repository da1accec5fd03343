// Mind map: a central topic with branches placed around it on an ellipse, each with a few leaves, joined by
// tapered curves in the branch colour. Video: branches grow outward, then their leaves appear.
import { anim, fadeInOut } from "../animate";
import type { Composer } from "../composer";
import { circle, el, n, rect } from "../svg";
import { pickLabels, titleCase } from "../words";
import { fontScale } from "./ui-parts";
import { node, wrapped } from "./diagram-parts";

const BRANCHES = ["Goals", "Ideas", "Risks", "People", "Budget", "Timeline", "Research", "Tools"];

export const mindMap: Composer = (ctx) => {
  const { w, h, pal, plan, rng } = ctx;
  const fs = fontScale(w, h, 1200, 720);
  const topic = plan.labels[0] ?? topicFromText(plan.text);
  const count = Math.min(10, Math.max(2, plan.list.length || plan.counts.branch || rng.int(5, 7)));
  const branches = pickLabels(count, plan.list, BRANCHES, plan.labels.slice(1)).map((s) => titleCase(s));
  const cx = w / 2, cy = h / 2;
  const rx = w * 0.3, ry = h * 0.3;
  let s = rect(0, 0, w, h, pal.bg);
  let links = "", nodes = "";
  const start = rng.range(-0.3, 0.3);
  branches.forEach((b, i) => {
    const a = start + (i / count) * Math.PI * 2 - Math.PI / 2;
    const bx = cx + Math.cos(a) * rx, by = cy + Math.sin(a) * ry;
    // accents[0] is the centre's colour; branches cycle through the others.
    const color = pal.accents[1 + (i % (pal.accents.length - 1))]!;
    const t0 = 0.05 + (i / count) * 0.3;
    const curve = `M${n(cx)} ${n(cy)}Q${n(cx + Math.cos(a) * rx * 0.5)} ${n(by)} ${n(bx)} ${n(by)}`;
    links += el("path", { d: curve, fill: "none", stroke: color, "stroke-width": fs(5), "stroke-linecap": "round",
      pathLength: ctx.dur ? 1 : undefined, "stroke-dasharray": ctx.dur ? 1 : undefined },
      anim(ctx, "stroke-dashoffset", [1, 1, 0, 0, 1], { keyTimes: [0, t0, t0 + 0.15, 0.95, 1] }) || undefined);
    // Leaves: small dots with skeleton labels fanned outwards from the branch.
    const leaves = rng.int(2, 3);
    let leafSvg = "";
    for (let k = 0; k < leaves; k++) {
      const la = a + (k - (leaves - 1) / 2) * 0.45;
      const lx = bx + Math.cos(la) * Math.min(w, h) * 0.16, ly = by + Math.sin(la) * Math.min(w, h) * 0.13;
      if (lx < fs(20) || lx > w - fs(20) || ly < fs(20) || ly > h - fs(20)) continue;
      leafSvg += el("path", { d: `M${n(bx)} ${n(by)}L${n(lx)} ${n(ly)}`, stroke: color, "stroke-width": fs(2), opacity: 0.6 }) +
        circle(lx, ly, fs(6), color) +
        // Label bar beside the dot on the outward side: left/right for sideways leaves, above/below otherwise.
        (Math.abs(Math.cos(la)) > 0.5
          ? rect(lx + (Math.cos(la) >= 0 ? fs(10) : -fs(60)), ly - fs(4), fs(50), fs(8), pal.line, { rx: fs(4) })
          : rect(lx - fs(25), ly + (Math.sin(la) >= 0 ? fs(10) : -fs(18)), fs(50), fs(8), pal.line, { rx: fs(4) }));
    }
    const bw = Math.min(fs(170), w * 0.2);
    nodes += el("g", {}, leafSvg + node(bx, by, bw, fs(44), b, color, fs(15), "pill") + fadeInOut(ctx, t0 + 0.12, 0.95));
  });
  const cr = Math.min(fs(95), Math.min(w, h) * 0.16);
  s += links + nodes + el("g", {}, circle(cx, cy, cr, pal.primary, { stroke: pal.surface, "stroke-width": fs(6) }) +
    wrapped(cx, cy, topic, fs(19), "#ffffff", cr * 1.6) + anim(ctx, "opacity", [0.85, 1, 0.85], {}));
  return { body: s, summary: `mind map of "${topic}" with ${count} branches: ${branches.join(", ")}` };
};

function topicFromText(text: string): string {
  const m = text.match(/\b(?:about|on|of|for)\s+([^,.:;]{2,40})/i);
  return titleCase((m ? m[1]! : "Main idea").trim());
}
