// Smooth lines and pie/donut sectors as SVG path data. Hand-written instead of d3-shape: the two shapes we
// need are ~60 lines, and d3-shape added ~5.6 KB gzipped to a worker that is near its size budget.
import { n } from "./svg";

/**
 * Monotone cubic interpolation in x (Fritsch-Carlson, the same curve as d3.curveMonotoneX): smooth, and never
 * overshoots the data, so a chart line does not dip below a zero it never reached.
 */
export function monotonePath(pts: [number, number][]): string {
  const k = pts.length;
  if (k === 0) return "";
  if (k === 1) return `M${n(pts[0]![0])} ${n(pts[0]![1])}`;
  const slope: number[] = [], tangent: number[] = new Array(k).fill(0);
  for (let i = 0; i < k - 1; i++) {
    const dx = pts[i + 1]![0] - pts[i]![0];
    slope.push(dx === 0 ? 0 : (pts[i + 1]![1] - pts[i]![1]) / dx);
  }
  for (let i = 1; i < k - 1; i++) {
    const s0 = slope[i - 1]!, s1 = slope[i]!;
    if (s0 * s1 <= 0) continue;
    const h0 = pts[i]![0] - pts[i - 1]![0], h1 = pts[i + 1]![0] - pts[i]![0];
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    tangent[i] = (Math.sign(s0) + Math.sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p));
  }
  // Ends: the one-sided three-point estimate d3 uses.
  tangent[0] = k > 2 ? (3 * slope[0]! - tangent[1]!) / 2 : slope[0]!;
  tangent[k - 1] = k > 2 ? (3 * slope[k - 2]! - tangent[k - 2]!) / 2 : slope[k - 2]!;
  let d = `M${n(pts[0]![0])} ${n(pts[0]![1])}`;
  for (let i = 0; i < k - 1; i++) {
    const [x0, y0] = pts[i]!, [x1, y1] = pts[i + 1]!;
    const h = (x1 - x0) / 3;
    d += `C${n(x0 + h)} ${n(y0 + tangent[i]! * h)} ${n(x1 - h)} ${n(y1 - tangent[i + 1]! * h)} ${n(x1)} ${n(y1)}`;
  }
  return d;
}

export interface Sector { startAngle: number; endAngle: number; value: number }

/** Angles for each value, clockwise from 12 o'clock, in input order. */
export function pieAngles(values: number[]): Sector[] {
  const total = values.reduce((a, b) => a + Math.max(0, b), 0) || 1;
  let a = 0;
  return values.map((v) => {
    const span = (Math.max(0, v) / total) * Math.PI * 2;
    const s = { startAngle: a, endAngle: a + span, value: v };
    a += span;
    return s;
  });
}

const at = (r: number, a: number) => `${n(r * Math.sin(a))} ${n(-r * Math.cos(a))}`;

/**
 * Annular sector centred on the origin (inner = 0 gives a pie slice). `pad` is the gap between slices in
 * radians at the outer edge; the inner edge keeps the same gap width in pixels.
 */
export function sectorPath(s: Sector, inner: number, outer: number, pad = 0): string {
  const span = s.endAngle - s.startAngle;
  if (span <= 0) return "";
  if (span >= Math.PI * 2 - 1e-6) {
    // A whole ring: two half arcs (a single arc cannot start and end on the same point).
    const ring = (r: number, sweep: number) => `M${at(r, 0)}A${n(r)} ${n(r)} 0 1 ${sweep} ${at(r, Math.PI)}A${n(r)} ${n(r)} 0 1 ${sweep} ${at(r, 0)}Z`;
    return ring(outer, 1) + (inner > 0 ? ring(inner, 0) : "");
  }
  const po = Math.min(pad / 2, span / 4);
  const a0 = s.startAngle + po, a1 = s.endAngle - po;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  let d = `M${at(outer, a0)}A${n(outer)} ${n(outer)} 0 ${large} 1 ${at(outer, a1)}`;
  if (inner > 0) {
    const pi = Math.min((po * outer) / inner, (span / 2) * 0.999);
    const b0 = s.startAngle + pi, b1 = s.endAngle - pi;
    d += `L${at(inner, b1)}A${n(inner)} ${n(inner)} 0 ${b1 - b0 > Math.PI ? 1 : 0} 0 ${at(inner, b0)}`;
  } else d += "L0 0";
  return d + "Z";
}
