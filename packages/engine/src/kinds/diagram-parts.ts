// Nodes and connectors shared by the diagrams.
import { readableOn } from "../color";
import type { Ctx } from "../composer";
import { el, n, rect, text, textWidth } from "../svg";

export type NodeShape = "box" | "pill" | "diamond";

/** A labelled node centred on (cx, cy). Long labels wrap onto two lines before they are shortened. */
export function node(cx: number, cy: number, w: number, h: number, label: string, fill: string, size: number, shape: NodeShape = "box", stroke?: string): string {
  let shapeSvg: string;
  if (shape === "diamond") {
    shapeSvg = el("path", { d: `M${n(cx)} ${n(cy - h / 2)}L${n(cx + w / 2)} ${n(cy)}L${n(cx)} ${n(cy + h / 2)}L${n(cx - w / 2)} ${n(cy)}Z`, fill, stroke, "stroke-width": stroke ? 1.5 : undefined });
  } else {
    shapeSvg = rect(cx - w / 2, cy - h / 2, w, h, fill, { rx: shape === "pill" ? h / 2 : Math.min(h * 0.18, 12), stroke, "stroke-width": stroke ? 1.5 : undefined });
  }
  const fg = stroke ? stroke : readableOn(fill);
  const maxW = (shape === "diamond" ? w * 0.6 : w - size * 1.2);
  return shapeSvg + wrapped(cx, cy, label, size, fg, maxW);
}

/** Up to two centred lines; the second is shortened with an ellipsis if still too long. */
export function wrapped(cx: number, cy: number, label: string, size: number, fill: string, maxW: number): string {
  const attrs = { "text-anchor": "middle", "font-weight": 600 };
  if (textWidth(label, size) <= maxW || !label.includes(" ")) return text(cx, cy + size * 0.35, label, size, fill, attrs, maxW);
  const words = label.split(" ");
  let first = "";
  while (words.length && textWidth(first + " " + words[0], size) <= maxW) first = (first ? first + " " : "") + words.shift();
  if (!first) first = words.shift() ?? "";
  return text(cx, cy - size * 0.25, first, size, fill, attrs, maxW) + text(cx, cy + size * 0.95, words.join(" "), size, fill, attrs, maxW);
}

/** An arrowhead marker; returns [defs, id]. */
export function arrowMarker(ctx: Ctx, color: string): [string, string] {
  const id = ctx.id("arrow");
  return [el("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 4.5, markerHeight: 4.5, orient: "auto", markerUnits: "strokeWidth" },
    el("path", { d: "M0 1L10 5L0 9Z", fill: color })), id];
}
