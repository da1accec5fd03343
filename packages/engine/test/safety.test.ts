import { describe, expect, it } from "vitest";
import { ENGINE_MEDIA_TYPES } from "../src";
import { run, svgOf, svgProblems } from "./helpers";

// One prompt per kind, so every composer's output goes through the safety and validity checks.
export const ONE_PER_KIND = [
  'Analytics dashboard for "Nimbus" with 4 cards, dark mode', "SaaS landing page with pricing", "Mobile app screen, 5 tabs",
  'Login form with "Welcome back"', "Checkout form", "Table of orders with 6 columns", "Bar chart: 3, 9, -4, 12",
  "horizontal bar chart of languages", "Line chart comparing revenue vs cost", "Donut chart of budget", "Pie chart",
  "Flowchart steps: start, validate?, save, done", "Timeline 2019, 2020, 2021, 2024", "Org chart with CEO, CTO",
  "Mind map about testing", "Rocket icon", "outline bell icon", "Logo for Acme", "Shield badge Verified",
  "coverage 94% badge", "gradient background", "waves pattern", "dots pattern", "noise texture", "clouds texture",
  "hexagon pattern", "stripes pattern", "bauhaus tiles pattern", "mountains", "sunset over the sea",
  "night sky with stars", "city skyline", "forest", "calm lake", "rolling hills", "avatar for Ada Lovelace",
  "identicon avatar", "a melancholy thought",
];

const HOSTILE: [string, string][] = [
  ["closing the svg and opening a script", '</svg><script>alert(1)</script><svg onload="alert(2)">'],
  ["attribute breakout", '"><img src=x onerror=alert(1)> \'quoted\' dashboard with "a "><b>" label'],
  ["entities and CDATA", "&amp; &lt;b&gt; &#x3C;script&#x3E; &nosuch; <![CDATA[ x ]]> ]]> bar chart"],
  ["control characters", "bell\u0007 null\u0000 esc\u001b[31m vt\u000b ff\u000c del\u007f c1\u0085\u009b \ufffe \uffff done"],
  ["lone surrogates", 'broken \ud800 pair \udfff "label \ud83d" end flowchart'],
  ["doctype and entities", '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]> &x; <?xml-stylesheet href="http://evil.example/x.xsl"?> logo'],
  ["urls", 'javascript:alert(1) url(http://evil.example/x.png) xlink:href="http://evil.example" @import "x.css"; landing page "url(//evil)"'],
  ["10,000 unicode characters", "数据仪表板 🚀 مرحبا עולם ".repeat(500).slice(0, 10000)],
];

describe("SVG output is valid, self-contained and safe", () => {
  it("renders all three media types", () => {
    expect([...ENGINE_MEDIA_TYPES].sort()).toEqual(["audio", "image", "video"]);
  });

  it.each(ONE_PER_KIND)("image %j", (prompt) => {
    expect(svgProblems(svgOf(prompt))).toEqual([]);
  });

  it.each(ONE_PER_KIND)("video %j", (prompt) => {
    expect(svgProblems(svgOf(prompt, undefined, "video"))).toEqual([]);
  });

  it.each(HOSTILE)("hostile text in every kind: %s", (_name, hostile) => {
    for (const prompt of ONE_PER_KIND) {
      for (const media of ["image", "video"] as const) {
        // Hostile text at both ends so it lands in titles, labels and (quoted) headings.
        const svg = svgOf(`${hostile} ${prompt} "${hostile.slice(0, 60)}"`, undefined, media);
        const problems = svgProblems(svg);
        expect(problems, `${media}: ${prompt}`).toEqual([]);
      }
    }
  });

  it("keeps user text readable after escaping", () => {
    const svg = svgOf('Login form with "Tom & Jerry <3" heading');
    expect(svg).toContain("Tom &amp; Jerry &lt;3");
    expect(svg).not.toContain("Tom & Jerry");
  });

  it("strips control characters but keeps the surrounding text", () => {
    const svg = svgOf("bar chart of s\u0007al\u0000es");
    expect(svg).toMatch(/<title[^>]*>bar chart of sales<\/title>/);
  });

  it("stays under 100 KB at the largest size for the busiest kinds", () => {
    for (const prompt of ["geometric triangle pattern", "hexagon pattern", "night sky with 500 stars", "forest with 60 trees", "table with 10 columns and 64 rows", "city skyline"]) {
      for (const media of ["image", "video"] as const) {
        const bytes = run(prompt, media, { width: 4096, height: 4096 }).bytes.byteLength;
        expect(bytes, `${media}: ${prompt}`).toBeLessThanOrEqual(100 * 1024);
      }
    }
  });

  it("honours and clamps the requested size", () => {
    const r = run("dashboard", "image", { width: 640, height: 480 });
    expect([r.width, r.height]).toEqual([640, 480]);
    expect(svgOf("dashboard", { width: 640, height: 480 })).toContain('viewBox="0 0 640 480"');
    const tiny = run("dashboard", "image", { width: 1, height: 99999 });
    expect([tiny.width, tiny.height]).toEqual([64, 4096]);
    expect(svgProblems(new TextDecoder().decode(tiny.bytes))).toEqual([]);
  });

  it.each([[64, 64], [4096, 64], [64, 4096], [4096, 4096], [333, 777]])("every kind at %ix%i: no NaN, no negative sizes, valid", (w, h) => {
    const edgeData = ["bar chart: 0, 0, 0", "line chart: 5", "pie chart: a 0, b 0", "pie chart: x 100", "flowchart with 16 steps",
      "org chart with 20 people", "mind map with 10 ideas", "bar chart of 1e308, 5", "initials avatar for Bo", "chevron pattern"];
    for (const prompt of [...ONE_PER_KIND, ...edgeData]) {
      for (const media of ["image", "video"] as const) {
        const svg = svgOf(prompt, { width: w, height: h, seed: 3 }, media);
        const body = svg.replace(/<title[\s\S]*<\/desc>/, "");
        expect(body, `${media}: ${prompt}`).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
        expect(body, `${media}: ${prompt}`).not.toMatch(/\s(width|height|r|rx|ry)="-/);
        expect(svgProblems(svg), `${media}: ${prompt}`).toEqual([]);
      }
    }
  });

  it("places every label on the canvas (still images, several sizes)", () => {
    const prompts = [...ONE_PER_KIND, "flowchart steps: idea, research, design, build, test, review?, launch, measure, iterate",
      "timeline with 12 milestones", "mind map with 10 ideas", "org chart with 7 people", "pie chart: a 1, b 2, c 3, d 4, e 5, f 6, g 7"];
    for (const [w, h] of [[1200, 720], [600, 1000], [400, 300]] as const) {
      for (const prompt of prompts) {
        const svg = svgOf(prompt, { width: w, height: h, seed: 8 });
        // Text inside a translated group (pie labels) uses local coordinates; skip those.
        const outside = [...svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)"/g)]
          .filter((m) => !svg.slice(0, m.index).includes("<g transform=\"translate"))
          .filter((m) => +m[1]! < -1 || +m[1]! > w + 1 || +m[2]! < 0 || +m[2]! > h + 1);
        expect(outside.map((m) => m[0]), `${prompt} at ${w}x${h}`).toEqual([]);
      }
    }
  });

  it("survives nonsense options", () => {
    const r = run("pie chart", "image", { width: Number.NaN, height: Infinity, seed: -5, duration_s: Number.NaN });
    expect(r.width).toBeGreaterThanOrEqual(64);
    expect(svgProblems(new TextDecoder().decode(r.bytes))).toEqual([]);
    expect(svgProblems(svgOf(""))).toEqual([]);
  });
});
