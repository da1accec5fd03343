// SMIL animation helpers for the "video" output. Every animation runs for the whole loop (dur = the requested
// duration) and expresses its phases with keyTimes, so all motion shares one clock and the loop is seamless
// when the first and last values match. Still images get an empty string from every helper.
import { attrs, n } from "./svg";
import type { Ctx } from "./composer";

export interface AnimOptions {
  /** Phase positions in 0..1, one per value; evenly spaced when omitted. */
  keyTimes?: number[];
  /** For attribute "transform": translate | scale | rotate. */
  type?: "translate" | "scale" | "rotate";
  /** Ease each segment (cubic in-out) instead of moving linearly. */
  ease?: boolean;
  /** "discrete" for on/off switches such as screen transitions. */
  calcMode?: "linear" | "discrete" | "spline";
  additive?: boolean;
}

const EASE = "0.45 0 0.55 1";

export function anim(ctx: Ctx, attribute: string, values: (string | number)[], o: AnimOptions = {}): string {
  if (ctx.dur === undefined || values.length < 2) return "";
  const kt = o.keyTimes ?? values.map((_, i) => i / (values.length - 1));
  const calcMode = o.calcMode ?? (o.ease === false ? "linear" : "spline");
  const a: Record<string, string | undefined> = {
    attributeName: attribute,
    type: o.type,
    values: values.map((v) => (typeof v === "number" ? n(v) : v)).join(";"),
    // discrete animations need keyTimes of the same length; spline ones need one keySpline per segment
    keyTimes: kt.map((t) => String(Math.round(t * 1000) / 1000)).join(";"),
    calcMode,
    keySplines: calcMode === "spline" ? Array(values.length - 1).fill(EASE).join(";") : undefined,
    dur: `${n(ctx.dur)}s`,
    repeatCount: "indefinite",
    additive: o.additive ? "sum" : undefined,
  };
  return `<${attribute === "transform" ? "animateTransform" : "animate"}${attrs(a)}/>`;
}

/** Fade in at `start`, hold, fade out at `end` (fractions of the loop). */
export function fadeInOut(ctx: Ctx, start: number, end: number, fade = 0.06): string {
  const s = clamp(start), e = clamp(Math.max(end, start + 2 * fade));
  const k = [0, s, clamp(s + fade), clamp(e - fade), e, 1];
  return anim(ctx, "opacity", [0, 0, 1, 1, 0, 0], { keyTimes: monotonic(k), ease: false });
}

export const clamp = (t: number) => Math.min(1, Math.max(0, t));

/** keyTimes must be non-decreasing, start at 0 and end at 1. */
export function monotonic(ts: number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const t of ts) { prev = Math.max(prev, clamp(t)); out.push(prev); }
  out[0] = 0;
  out[out.length - 1] = 1;
  return out;
}
