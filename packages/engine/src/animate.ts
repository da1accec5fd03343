// SMIL animation helpers for the "video" output. Every animation runs for the whole loop (dur = the requested
// duration) and expresses its phases with keyTimes, so all motion shares one clock and the loop is seamless
// when the first and last values match. Still images get an empty string from every helper.
import { attrs, el, n } from "./svg";
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
  /** One keySpline per segment (overrides ease): gravity needs different curves going up and coming down. */
  splines?: string[];
}

const EASE = "0.45 0 0.55 1";

export function anim(ctx: Ctx, attribute: string, values: (string | number)[], o: AnimOptions = {}): string {
  if (ctx.dur === undefined || values.length < 2) return "";
  const kt = o.keyTimes ?? values.map((_, i) => i / (values.length - 1));
  const calcMode = o.calcMode ?? (o.splines ? "spline" : o.ease === false ? "linear" : "spline");
  const a: Record<string, string | undefined> = {
    attributeName: attribute,
    type: o.type,
    values: values.map((v) => (typeof v === "number" ? n(v) : v)).join(";"),
    // discrete animations need keyTimes of the same length; spline ones need one keySpline per segment
    keyTimes: kt.map((t) => String(Math.round(t * 1000) / 1000)).join(";"),
    calcMode,
    keySplines: calcMode === "spline" ? (o.splines ?? Array(values.length - 1).fill(EASE)).join(";") : undefined,
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

/** Where a subject sits, so its motion can be sized to it and to the picture. */
export interface MotionBox {
  /** Bottom centre of the subject. */
  x: number;
  y: number;
  w: number;
  h: number;
  cat: string;
  place: string;
  /** Which copy of a repeated subject (staggers the motion). */
  index: number;
  canvasW: number;
  canvasH: number;
}

// Gravity: rising slows to a stop (ease-out), falling speeds up (ease-in); the pair approximates a parabola.
const RISE = "0.33 0.66 0.66 1", FALL = "0.33 0 0.66 0.33";

/**
 * Wrap a drawn subject in the motion its verb asks for ("spin", "bounce"...), or the natural one for its kind
 * (vehicles drive, birds fly, fish swim, balloons and rockets rise). Still images get the content unchanged.
 * Every motion repeats a whole number of times per loop, so the video loops without a jump.
 */
export function motion(ctx: Ctx, verb: string | undefined, b: MotionBox, content: string): string {
  if (ctx.dur === undefined) return content;
  const dur = ctx.dur;
  const v = verb ?? naturalMotion(b);
  const cx = b.x, cy = b.y - b.h / 2;
  const stagger = (b.index % 5) * 0.07;
  const times = (per: number) => Math.max(1, Math.round(dur / per));
  const g = (a: string, inner: string) => `<g>${a}${inner}</g>`;
  switch (v) {
    case "spin": {
      const k = times(1.2);
      return g(anim(ctx, "transform", [`0 ${n(cx)} ${n(cy)}`, `${360 * k} ${n(cx)} ${n(cy)}`], { type: "rotate", ease: false }), content);
    }
    case "bounce": {
      // Up and down with gravity, a squash on each landing (scaled about the contact point).
      const k = times(0.9), hgt = Math.min(b.canvasH * 0.45, Math.max(b.h * 1.6, b.canvasH * 0.25));
      const values: string[] = [], kt: number[] = [], splines: string[] = [];
      for (let i = 0; i < k; i++) {
        values.push("0 0", `0 ${n(-hgt)}`);
        kt.push(i / k, (i + 0.5) / k);
        splines.push(RISE, FALL);
      }
      values.push("0 0"); kt.push(1);
      const move = anim(ctx, "transform", values, { type: "translate", keyTimes: kt, splines });
      const sq: string[] = [], skt: number[] = [];
      for (let i = 0; i < k; i++) { sq.push("1.12 0.82", "1 1", "1 1"); skt.push(i / k, (i + 0.05) / k, (i + 0.95) / k); }
      sq.push("1.12 0.82"); skt.push(1);
      const squash = anim(ctx, "transform", sq, { type: "scale", keyTimes: skt, ease: false });
      const shadow = `<ellipse cx="${n(b.x)}" cy="${n(b.y)}" rx="${n(b.w * 0.4)}" ry="${n(b.h * 0.05)}" fill="#000000" opacity="0.2">` +
        anim(ctx, "rx", Array.from({ length: 2 * k + 1 }, (_, i) => (i % 2 ? b.w * 0.18 : b.w * 0.4)), { keyTimes: kt, splines }) + `</ellipse>`;
      return shadow + g(move, `<g transform="translate(${n(b.x)} ${n(b.y)})"><g>${squash}<g transform="translate(${n(-b.x)} ${n(-b.y)})">${content}</g></g></g>`);
    }
    case "grow": {
      const k = 1;
      void k;
      return `<g transform="translate(${n(b.x)} ${n(b.y)})"><g>${anim(ctx, "transform", ["0.05", "1", "1", "0.05"], { type: "scale", keyTimes: [0, 0.55, 0.92, 1] })}<g transform="translate(${n(-b.x)} ${n(-b.y)})">${content}</g></g></g>`;
    }
    case "pulse": {
      const k = times(1);
      const vals: string[] = [], kt: number[] = [];
      for (let i = 0; i < k; i++) { vals.push("1", "1.14", "1"); kt.push(i / k, (i + 0.15) / k, (i + 0.35) / k); }
      vals.push("1"); kt.push(1);
      return `<g transform="translate(${n(cx)} ${n(cy)})"><g>${anim(ctx, "transform", vals, { type: "scale", keyTimes: kt })}<g transform="translate(${n(-cx)} ${n(-cy)})">${content}</g></g></g>`;
    }
    case "fade":
      return g(anim(ctx, "opacity", [0, 1, 1, 0], { keyTimes: [0, 0.3, 0.7, 1] }), content);
    case "none":
      return content;
    case "orbit": {
      const r = Math.max(Math.min(b.canvasW, b.canvasH) * 0.22, b.w * 0.75), k = times(4);
      const lap = `A${n(r)} ${n(r * 0.45)} 0 1 1 ${n(-r)} 0A${n(r)} ${n(r * 0.45)} 0 1 1 ${n(r)} 0`;
      return `<g><animateMotion path="M${n(r)} 0${lap.repeat(k)}" dur="${n(dur)}s" repeatCount="indefinite"/>${content}</g>`;
    }
    case "fall": {
      const k = times(1.6), drop = b.y + b.canvasH * 0.1;
      const vals: string[] = [], kt: number[] = [], sp: string[] = [];
      for (let i = 0; i < k; i++) { vals.push(`0 ${n(-drop)}`, "0 0", "0 0"); kt.push(i / k, (i + 0.6) / k, (i + 0.95) / k); sp.push(FALL, "0 0 1 1", "0 0 1 1"); }
      vals.push(`0 ${n(-drop)}`); kt.push(1);
      return g(anim(ctx, "transform", vals, { type: "translate", keyTimes: kt, splines: sp }), content);
    }
    case "drive": case "fly": case "swim": {
      // Across the picture and round again: off one edge at the start, in from the other at the end.
      const dir = v === "fly" && b.place !== "sky" ? 1 : 1;
      const span = b.canvasW + b.w * 2;
      const from = -(b.x + b.w) * dir, to = from + span;
      const bob = v === "drive" ? 0 : b.h * 0.08;
      const off = stagger * span;
      return g(anim(ctx, "transform", [`${n(from + off)} 0`, `${n((from + to) / 2 + off)} ${n(-bob)}`, `${n(to + off)} 0`], { type: "translate", ease: false }), content);
    }
    case "rise": {
      const up = b.y + b.h;
      return g(anim(ctx, "transform", ["0 0", "0 0", `0 ${n(-up)}`, `0 ${n(-up)}`], { type: "translate", keyTimes: [0, 0.15, 0.85, 1], splines: ["0 0 1 1", FALL, "0 0 1 1"] }) +
        anim(ctx, "opacity", [1, 1, 1, 0, 1], { keyTimes: [0, 0.8, 0.84, 0.9, 1], ease: false }), content);
    }
    case "walk": {
      const k = times(0.5), step = b.h * 0.04;
      const vals: string[] = [], kt: number[] = [];
      for (let i = 0; i < k; i++) { vals.push("0 0", `0 ${n(-step)}`); kt.push(i / k, (i + 0.5) / k); }
      vals.push("0 0"); kt.push(1);
      const across = anim(ctx, "transform", ["0 0", `${n(b.canvasW * 0.06)} 0`, "0 0"], { type: "translate", additive: true });
      return g(anim(ctx, "transform", vals, { type: "translate", keyTimes: kt }) + across, content);
    }
    case "type":
      return content;
    default: {
      // drift: a slow figure of eight, staggered per copy.
      const dx = b.canvasW * 0.02, dy = b.h * 0.06;
      return g(anim(ctx, "transform", ["0 0", `${n(dx)} ${n(-dy)}`, `0 ${n(-dy * 1.5)}`, `${n(-dx)} ${n(-dy)}`, "0 0"], { type: "translate", keyTimes: [0, 0.25 + stagger * 0.1, 0.5, 0.75, 1] }), content);
    }
  }
}

/** The motion a subject has when the prompt names no verb. */
function naturalMotion(b: MotionBox): string {
  if (b.cat === "vehicle") return b.place === "sky" ? "fly" : b.place === "water" ? "drift" : b.place === "space" ? "drift" : "drive";
  if (b.place === "water" && b.cat === "animal") return "swim";
  if (b.place === "sky" && b.cat === "animal") return "fly";
  if (b.cat === "animal" || b.cat === "person") return "walk";
  return "drift";
}

/** Scale around the centre: pop in, then breathe. SMIL scales about the origin, hence the translate sandwich. */
export function pulse(ctx: Ctx, cx: number, cy: number, content: string): string {
  if (!ctx.dur) return content;
  return el("g", { transform: `translate(${n(cx)} ${n(cy)})` },
    el("g", {}, anim(ctx, "transform", [0.6, 1.06, 1, 1.03, 1, 0.6].map(String), { type: "scale", keyTimes: [0, 0.1, 0.16, 0.5, 0.9, 1] }) +
      el("g", { transform: `translate(${n(-cx)} ${n(-cy)})` }, content)));
}
