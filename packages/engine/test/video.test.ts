import { describe, expect, it } from "vitest";
import { run, svgOf } from "./helpers";

interface Anim { tag: string; attrs: Record<string, string> }

function animations(svg: string): Anim[] {
  return [...svg.matchAll(/<(animate|animateTransform|animateMotion|set)\b([^>]*)>/g)].map(([, tag, body]) => ({
    tag: tag!, attrs: Object.fromEntries([...body!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])),
  }));
}

// [prompt, what moves]: the motion has to fit the subject.
const MOTION: [string, (a: Anim) => boolean][] = [
  ["bar chart of sales", (a) => a.attrs.attributeName === "height"],
  ["line chart of users", (a) => a.attrs.attributeName === "stroke-dashoffset"],
  ["pie chart", (a) => a.attrs.attributeName === "stroke-dashoffset"],
  ["sunset over the sea", (a) => a.attrs.type === "translate"],
  ["ocean waves pattern", (a) => a.attrs.type === "translate"],
  ["night sky with stars", (a) => a.attrs.attributeName === "opacity"],
  ["mobile app screen", (a) => a.attrs.type === "translate"],
  ["flowchart plan -> build -> ship", (a) => a.tag === "animateMotion"],
  ["dashboard", (a) => a.attrs.attributeName === "stroke-dashoffset"],
  ["login form", (a) => a.attrs.calcMode === "discrete"],
  ["avatar for Sam", (a) => a.attrs.attributeName === "ry" || a.attrs.type === "rotate"],
  ["gradient background", (a) => a.attrs.attributeName === "stop-color"],
  ["rocket icon", (a) => a.attrs.type === "scale"],
];

function checkTiming(list: Anim[], seconds: number): void {
  expect(list.length).toBeGreaterThan(0);
  for (const a of list) {
    expect(a.attrs.dur, a.tag).toBe(`${seconds}s`);
    expect(a.attrs.repeatCount).toBe("indefinite");
    const kt = (a.attrs.keyTimes ?? "").split(";").map(Number);
    if (a.attrs.keyTimes) {
      expect(kt[0]).toBe(0);
      expect(kt[kt.length - 1]).toBe(1);
      for (let i = 1; i < kt.length; i++) expect(kt[i]!).toBeGreaterThanOrEqual(kt[i - 1]!);
      const count = (a.attrs.values ?? a.attrs.keyPoints ?? "").split(";").length;
      expect(count, `${a.tag} ${a.attrs.attributeName}`).toBe(kt.length);
      if (a.attrs.calcMode === "spline") expect(a.attrs.keySplines!.split(";").length).toBe(kt.length - 1);
    }
  }
}

describe("animated SVG (video)", () => {
  it.each(MOTION)("%j moves in a way that fits the subject, looping on one clock", (prompt, fits) => {
    const r = run(prompt, "video", { duration_s: 4 });
    expect(r.content_type).toBe("image/svg+xml");
    expect(r.duration_s).toBe(4);
    const list = animations(new TextDecoder().decode(r.bytes));
    checkTiming(list, 4);
    expect(list.some(fits)).toBe(true);
  });

  it("takes the duration from the prompt, defaults to 5 s, and lets options win", () => {
    expect(run("waves pattern, 7 second loop", "video").duration_s).toBe(7);
    checkTiming(animations(svgOf("waves pattern, 7 second loop", undefined, "video")), 7);
    expect(run("waves pattern", "video").duration_s).toBe(5);
    checkTiming(animations(svgOf("waves pattern", undefined, "video")), 5);
    expect(run("waves pattern, 7 seconds", "video", { duration_s: 2.5 }).duration_s).toBe(2.5);
    checkTiming(animations(svgOf("waves pattern, 7 seconds", { duration_s: 2.5 }, "video")), 2.5);
  });

  it("clamps the loop to 1..30 s", () => {
    expect(run("dots pattern, 90 seconds", "video").duration_s).toBe(30);
    expect(run("dots pattern", "video", { duration_s: 0.5 }).duration_s).toBe(1);
  });

  it("states the loop length in <desc>", () => {
    expect(svgOf("bar chart", { duration_s: 6 }, "video")).toMatch(/<desc[^>]*>[^<]*6 s loop/);
  });

  it("the pie reveal mask is a full circle (two half arcs: a closed single arc renders as nothing)", () => {
    const mask = svgOf("pie chart", undefined, "video").match(/<mask[^>]*><path d="([^"]+)"/)![1]!;
    expect(mask.match(/A/g)).toHaveLength(2);
    const [start, end] = [mask.match(/^M([\d.]+ [\d.]+)/)![1], mask.match(/([\d.]+ [\d.]+)$/)![1]];
    expect(end).toBe(start);
  });

  it("still images carry no animation", () => {
    for (const [prompt] of MOTION) expect(animations(svgOf(prompt)), prompt).toEqual([]);
  });
});
