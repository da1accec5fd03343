// Subject illustrations: the artwork lookup, recolouring, counts and positions, settings that never contradict
// the prompt, motion that fits the verb, and safety when the artwork itself is hostile.
import { describe, expect, it } from "vitest";
import { ALL_ICONS, artworkNeeded, render } from "../src";
import { hexToHsl } from "../src/color";
import { parseArt } from "../src/subjects/artwork";
import { artwork, artworkNames } from "./artwork";
import { run, svgOf, svgProblems } from "./helpers";

const body = (name: string) => artwork(name)!.match(/<svg[^>]*>([\s\S]*)<\/svg>/)![1]!;
const firstPath = (name: string) => body(name).match(/ d="([^"]{40,})"/)![1]!;
const count = (s: string, sub: string) => s.split(sub).length - 1;
const hues = (svg: string) => [...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => hexToHsl(m[1]!)).filter((c) => c.s > 0.4);

describe("subject artwork", () => {
  it("every icon the library can ask for is a committed, parseable file", () => {
    const files = new Set(artworkNames());
    for (const name of ALL_ICONS) {
      expect(files.has(name), name).toBe(true);
      expect(parseArt(artwork(name)), name).toBeDefined();
    }
    expect(ALL_ICONS.length).toBeGreaterThanOrEqual(80);
  });

  it("artworkNeeded lists exactly the files a request reads (and none for charts or audio)", () => {
    expect(artworkNeeded({ description: "a dog playing with a ball in a park", media_type: "image" })).toEqual(expect.arrayContaining(["dog", "ball", "deciduous-tree"]));
    expect(artworkNeeded({ description: "bar chart of sales", media_type: "image" })).toEqual([]);
    expect(artworkNeeded({ description: "a dog barking", media_type: "audio" })).toEqual([]);
    // Whatever render() reads is in the list: a lookup that refuses everything else still draws the same bytes.
    for (const description of ["a dog playing with a ball in a park", "a smiling woman with glasses in a blue jacket", "an underwater scene with fish and coral", "a cute cat logo for a coffee shop"]) {
      const need = new Set(artworkNeeded({ description, media_type: "image" }));
      const strict = render({ description, media_type: "image" }, { artwork: (n) => (need.has(n) ? artwork(n) : undefined) });
      expect(new TextDecoder().decode(strict.bytes), description).toBe(svgOf(description));
    }
  });

  it("without artwork the engine still answers (a scene or a poster), never throws", () => {
    for (const description of ["a dog playing with a ball in a park", "a rainy window with city lights", "cat icon", "a cute cat logo"]) {
      const r = render({ description, media_type: "image" });
      expect(svgProblems(new TextDecoder().decode(r.bytes)), description).toEqual([]);
    }
  });

  it("refuses artwork that references or embeds content, and the picture stays safe", () => {
    expect(parseArt('<svg viewBox="0 0 32 32"><image href="http://x/y.png"/></svg>')).toBeUndefined();
    expect(parseArt('<svg viewBox="0 0 32 32"><use href="#a"/></svg>')).toBeUndefined();
    expect(parseArt('<svg viewBox="0 0 32 32"><path style="fill:url(http://x)" d="M0 0"/></svg>')).toBeUndefined();
    const hostile = () => '<svg viewBox="0 0 32 32"><script>alert(1)</script><path onload="x()" d="M0 0h9"/></svg>';
    const svg = new TextDecoder().decode(render({ description: "a dog in a park", media_type: "image" }, { artwork: hostile }).bytes);
    expect(svgProblems(svg)).toEqual([]);
  });
});

describe("subjects in the picture", () => {
  it("draws the named subject (the dog's own drawing is in the SVG)", () => {
    expect(svgOf("a dog playing with a ball in a park")).toContain(firstPath("dog"));
    expect(run("a dog playing with a ball in a park").subjects).toEqual(["dog", "ball"]);
  });

  it("honours counts", () => {
    expect(count(svgOf("three cats in a garden"), firstPath("cat"))).toBe(3);
    expect(count(svgOf("a cat in a garden"), firstPath("cat"))).toBe(1);
    expect(count(svgOf("5 red balloons"), firstPath("balloon"))).toBe(5);
  });

  it("colours the thing the colour word describes (a blue car: blue body, the wheels stay dark)", () => {
    const svg = svgOf("a blue car on a street");
    const car = svg.slice(svg.indexOf(firstPath("automobile").slice(0, 12)) - 400);
    expect(svg).not.toContain('fill="#f8312f"'); // the artwork's own red
    expect(hues(car.slice(0, 3000)).some((c) => c.h > 200 && c.h < 240)).toBe(true);
  });

  it("dresses a person in the named colour without recolouring the skin", () => {
    const svg = svgOf("a man in a green shirt on a street");
    expect(svg).toContain("#ffc83d"); // skin
    expect(svg).not.toContain('fill="#00a6ed"'); // the figure's own blue shirt
  });

  it("puts a subject where the prompt says", () => {
    const x = (prompt: string) => +svgOf(prompt, { width: 1000, height: 600 }).match(/<ellipse cx="([\d.]+)" cy="[\d.]+" rx="[\d.]+" ry="[\d.]+" fill="#000000"/)![1]!;
    expect(x("a small cat on the left")).toBeLessThan(400);
    expect(x("a small cat on the right")).toBeGreaterThan(600);
  });

  it("builds a portrait from person parts: hair variant, glasses on top, clothing colour", () => {
    const svg = svgOf("a smiling woman with red hair and glasses in a yellow sweater");
    expect(svg).toContain(firstPath("woman-red-hair"));
    expect(svg).toContain(firstPath("glasses"));
    expect(run("a smiling woman with red hair and glasses in a yellow sweater").template).toBe("illustration");
  });

  it("uses the subject as the mark of a logo or icon (never a borrowed word as the brand)", () => {
    const svg = svgOf("a cute cat logo for a coffee shop");
    expect(svg).toContain(firstPath("cat"));
    expect(svg).not.toMatch(/>Cute</);
    expect(svgOf('a fox logo for "Fennec Labs"')).toMatch(/>Fennec Labs</);
    expect(svgOf("cat icon")).toContain(firstPath("cat"));
  });
});

describe("settings never contradict the prompt", () => {
  const hasSun = (svg: string) => /id="[^"]*-glow"/.test(svg);
  const hasMoon = (svg: string) => /id="[^"]*-crescent"/.test(svg);
  it.each([
    ["a dog in the park on a rainy day", false, false],
    ["a rainy night in the city with a car", false, false],
    ["a foggy morning with a deer", false, false],
    ["a dog in the park at night", false, true],
    ["a dog in the park", true, false],
  ])("%s: sun %s, moon %s", (prompt, sun, moon) => {
    const svg = svgOf(prompt);
    expect(hasSun(svg)).toBe(sun);
    expect(hasMoon(svg)).toBe(moon);
  });

  it("a rainy window with city lights is a rainy night city seen through a window", () => {
    const svg = svgOf("a rainy window with city lights");
    expect(svg).toMatch(/id="[^"]*-pane"/); // the window's clip
    expect(svg).toMatch(/id="[^"]*-rain"/);
    expect(svg).toMatch(/id="[^"]*-win"/); // lit city windows
    expect(hasSun(svg)).toBe(false);
  });

  it("autumn turns the trees orange, winter covers the ground, neon glows", () => {
    expect(svgOf("a dog in an autumn park")).toMatch(/fill="#e0731f"/);
    expect(svgOf("a snowman in a winter park")).toMatch(/stop-color="#f4f8fc"/);
    expect(svgOf("neon cyberpunk street with a car")).toMatch(/<feGaussianBlur/);
    expect(svgOf("a blueprint of a rocket")).toMatch(/fill="none" stroke="#ffffff"/);
  });

  it("mixed settings: mountains with a lake draws both", () => {
    const d = run("mountains with a lake and a boat");
    const svg = new TextDecoder().decode(d.bytes);
    expect(svg).toMatch(/id="[^"]*-sea"/);
    expect(svg).toContain('fill="#f8fafc"'); // snow caps of the mountain layer
    expect(d.subjects).toContain("boat");
  });
});

interface Anim { tag: string; attrs: Record<string, string> }
const animations = (svg: string): Anim[] => [...svg.matchAll(/<(animate|animateTransform|animateMotion)\b([^>]*)>/g)].map(([, tag, b]) => ({
  tag: tag!, attrs: Object.fromEntries([...b!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!])),
}));

describe("video: motion that matches the verb", () => {
  it.each([
    ["a bouncing red ball", (a: Anim) => a.attrs.type === "translate" && /0\.33 0\.66 0\.66 1;0\.33 0 0\.66 0\.33/.test(a.attrs.keySplines ?? "")],
    ["a spinning globe", (a: Anim) => a.attrs.type === "rotate" && /;720 |;1080 |;1440 /.test(a.attrs.values ?? "")],
    ["a flower growing", (a: Anim) => a.attrs.type === "scale" && (a.attrs.values ?? "").startsWith("0.05")],
    ["a pulsing heart... a pulsing light bulb", (a: Anim) => a.attrs.type === "scale" && (a.attrs.values ?? "").includes("1.14")],
    ["a moon orbiting the earth", (a: Anim) => a.tag === "animateMotion"],
    ["drone shot of a beach with palm trees", (a: Anim) => a.attrs.type === "scale"],
    ["a cup of coffee fading in", (a: Anim) => a.attrs.attributeName === "opacity"],
    ["a car driving down the street", (a: Anim) => a.attrs.type === "translate" && a.attrs.calcMode === "linear"],
    ["leaves falling in an autumn park", (a: Anim) => a.attrs.type === "translate"],
  ] as const)("%s", (prompt, fits) => {
    const r = run(prompt, "video", { duration_s: 4 });
    const list = animations(new TextDecoder().decode(r.bytes));
    expect(list.some(fits)).toBe(true);
    for (const a of list) {
      expect(a.attrs.dur, prompt).toBe("4s");
      const kt = (a.attrs.keyTimes ?? "0;1").split(";").map(Number);
      for (let i = 1; i < kt.length; i++) expect(kt[i]!).toBeGreaterThanOrEqual(kt[i - 1]!);
      if (a.attrs.keyTimes) expect((a.attrs.values ?? a.attrs.keyPoints ?? "").split(";").length, `${prompt} ${a.attrs.attributeName}`).toBe(kt.length);
    }
  });

  it("a bouncing red ball is a red ball bouncing", () => {
    const svg = svgOf("a bouncing red ball", { duration_s: 3 }, "video");
    expect(svg).toContain(firstPath("ball").slice(0, 20));
    expect(hues(svg).some((c) => c.h < 10 || c.h > 350)).toBe(true);
    expect(svgProblems(svg)).toEqual([]);
  });

  it("the same prompt and seed give the same bytes", () => {
    const a = run("a dog playing with a ball in a park", "video", { seed: 5, duration_s: 2 });
    const b = run("a dog playing with a ball in a park", "video", { seed: 5, duration_s: 2 });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe("safety of subject pictures", () => {
  it.each(["a dog in a park", "a red car", "cat icon", "a cute cat logo", "a bouncing ball", "a woman with glasses"])("hostile text around %j", (prompt) => {
    for (const media of ["image", "video"] as const) {
      const svg = svgOf(`</svg><script>alert(1)</script> ${prompt} "<img src=x onerror=alert(1)>"`, undefined, media);
      expect(svgProblems(svg), media).toEqual([]);
    }
  });

  it("stays under 100 KB at 4096 px with many subjects", () => {
    for (const media of ["image", "video"] as const) {
      const r = run("24 cats, 12 dogs and 12 birds in a snowy park at night with rain", media, { width: 4096, height: 4096 });
      expect(r.bytes.byteLength, media).toBeLessThanOrEqual(100 * 1024);
    }
  });
});
