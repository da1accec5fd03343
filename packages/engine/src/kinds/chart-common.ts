// Shared chart pieces: data from the prompt (or plausible seeded data), nice axis ticks, number labels.
import type { Ctx } from "../composer";
import { text } from "../svg";
import { MONTHS, titleCase } from "../words";

export interface Series { values: number[]; labels: string[]; fromPrompt: boolean }

/** Prompt numbers if there are at least two, else `count` seeded values shaped like `shape`. */
export function chartData(ctx: Ctx, defaultCount: number, shape: "bars" | "walk" | "shares"): Series {
  const { plan, rng } = ctx;
  const data = plan.data.filter((d) => Number.isFinite(d.value));
  if (data.length >= 2) {
    const labels = data.map((d, i) => d.label ?? plan.list[i] ?? defaultLabel(i, data.length));
    return { values: data.map((d) => d.value), labels, fromPrompt: true };
  }
  const count = Math.min(24, Math.max(2, plan.counts.bar ?? plan.counts.point ?? plan.counts.slice ?? (plan.list.length || defaultCount)));
  const values: number[] = [];
  let v = rng.range(30, 60);
  for (let i = 0; i < count; i++) {
    if (shape === "walk") { v = Math.max(5, v + rng.range(-9, 12)); values.push(Math.round(v)); }
    else if (shape === "shares") values.push(Math.round(rng.range(5, 40)));
    else values.push(Math.round(rng.range(20, 100)));
  }
  if (shape === "shares") values.sort((a, b) => b - a);
  const labels = values.map((_, i) => plan.list[i] ?? defaultLabel(i, count, shape === "shares"));
  return { values, labels, fromPrompt: false };
}

const SHARE_NAMES = ["Direct", "Organic", "Referral", "Social", "Email", "Paid", "Partners", "Other"];

function defaultLabel(i: number, count: number, shares = false): string {
  if (shares) return SHARE_NAMES[i] ?? `Group ${i + 1}`;
  if (count === 4) return `Q${i + 1}`;
  if (count <= 12) return MONTHS[i]!;
  return String(i + 1);
}

/** A title for the chart: a quoted label, else the subject after "of"/"showing"/"for", else the kind. */
export function chartTitle(ctx: Ctx, fallback: string): string {
  const { plan } = ctx;
  if (plan.labels[0]) return plan.labels[0];
  const m = plan.text.match(/\b(?:of|showing|for|about|on)\s+([\p{L}][\p{L} '&-]{2,48}?)(?=\s*(?:[:,.(\d]|$|\bwith\b|\bin\b|\bas\b|\bwhere\b|\bfrom\b))/u);
  return m ? titleCase(m[1]!.trim()) : fallback;
}

/** Ticks from min to max on 1-2-2.5-5 steps, so axes read like a human drew them. */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / target;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / p;
  const step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
  const start = Math.floor(lo / step) * step, end = Math.ceil(hi / step) * step;
  const out: number[] = [];
  for (let t = start, i = 0; t <= end + step / 2 && i < 50; t += step, i++) out.push(Math.round(t * 1e6) / 1e6);
  return out;
}

export function fmt(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${trim(v / 1e9)}B`;
  if (a >= 1e6) return `${trim(v / 1e6)}M`;
  if (a >= 1e4) return `${trim(v / 1e3)}k`;
  return trim(v);
}

function trim(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export function chartHeading(ctx: Ctx, title: string, x: number, y: number, size: number, maxW: number): string {
  return text(x, y, title, size, ctx.pal.text, { "font-weight": 700 }, maxW);
}
