import { describe, expect, it } from "vitest";
import { luminance } from "../src/color";
import { parse } from "../src/parse";
import { run, svgOf } from "./helpers";

describe("description parsing", () => {
  it("reads hex codes, CSS colour names and two-word names in order", () => {
    expect(parse("logo in #ff8800 and teal with a touch of sky blue", "image").colors).toEqual(["#ff8800", "#008080", "#87ceeb"]);
    expect(parse("#abc badge", "image").colors).toEqual(["#aabbcc"]);
  });

  it("takes a named background colour and goes dark on a dark one", () => {
    const p = parse("dots on a navy background", "image");
    expect(p.background).toBe("#000080");
    expect(p.dark).toBe(true);
  });

  it("reads palette words", () => {
    expect(parse("pastel dashboard", "image").style).toBe("pastel");
    expect(parse("vibrant pattern", "image").style).toBe("vibrant");
    expect(parse("monochrome chart", "image").style).toBe("monochrome");
    expect(parse("dashboard in dark mode", "image").dark).toBe(true);
    expect(parse("dashboard", "image").dark).toBe(false);
    expect(parse("brand blue landing page", "image").brandBlue).toBe(true);
  });

  it.each([
    ["dashboard 1920x1080", {}, [1920, 1080]],
    ["bar chart, 16:9", {}, [960, 540]],
    ["square logo", {}, [512, 512]],
    ["portrait forest", {}, [1200, 1600]],
    ["dashboard, square", {}, [1280, 1280]],
    ["mobile app screen", {}, [390, 844]],
    ["pattern 1920x1080", { width: 800, height: 600 }, [800, 600]],
    ["pattern 16:9", { width: 1600 }, [1600, 900]],
    ["pattern 99999x10", {}, [1200, 800]],
    ["pattern 8000x9000", {}, [4096, 4096]],
  ] as const)("size of %j with %j is %j", (prompt, opts, [w, h]) => {
    const p = parse(prompt, "image", opts);
    expect([p.width, p.height]).toEqual([w, h]);
  });

  it("reads counts with adjectives in between", () => {
    const p = parse("dashboard with 3 stat cards, four columns and 12 rows", "image");
    expect(p.counts).toMatchObject({ card: 3, column: 4, row: 12 });
  });

  it("turns quoted text into labels and lists into items", () => {
    expect(parse('landing page "Ship faster" with a “Start free” button', "image").labels).toEqual(["Ship faster", "Start free"]);
    expect(parse("flowchart steps: plan, build and ship.", "image").list).toEqual(["plan", "build", "ship"]);
    expect(parse("idea -> prototype → launch", "image").list).toEqual(["idea", "prototype", "launch"]);
  });

  it("turns remaining numbers into data, with labels when they precede the numbers", () => {
    expect(parse("bar chart of sales: Jan 12, Feb 19.5, Mar 7", "image").data).toEqual([
      { value: 12, label: "Jan" }, { value: 19.5, label: "Feb" }, { value: 7, label: "Mar" },
    ]);
    // Sizes, durations, tempo, frequencies and counts are not data.
    expect(parse("bar chart 1920x1080 with 5 bars, 16:9, 3 seconds, 120 bpm, 440 Hz", "image").data).toEqual([]);
  });

  it("reads duration, tempo, frequencies and mood", () => {
    const p = parse("sad melody at 90 bpm for 12 seconds", "audio");
    expect([p.durationFromText, p.tempo, p.mood]).toEqual([12, 90, "sad"]);
    expect(parse("beep 250 ms", "audio").durationFromText).toBe(0.25);
    expect(parse("sweep from 200 to 2 kHz", "audio").frequencies).toEqual([200, 2000]);
    expect(parse("chord of 440 Hz and 660 Hz", "audio").frequencies).toEqual([440, 660]);
    expect(parse("happy jingle", "audio").mood).toBe("happy");
  });

  it("finds a proper name for avatars and logos", () => {
    expect(parse("avatar for Ada Lovelace", "image").name).toBe("Ada Lovelace");
    expect(parse("logo for a bakery called Crumb & Co", "image").name).toBe("Crumb & Co");
  });
});

describe("the plan shapes the picture", () => {
  const bg = (svg: string) => svg.match(/<rect x="0" y="0" width="\d+" height="\d+" fill="(#[0-9a-f]{6})"/)![1]!;

  it("dark mode flips the palette", () => {
    expect(luminance(bg(svgOf("dashboard, dark mode")))).toBeLessThan(0.05);
    expect(luminance(bg(svgOf("dashboard")))).toBeGreaterThan(0.8);
  });

  it("uses colours from the prompt", () => {
    expect(svgOf("bar chart in #e11d48")).toContain('fill="#e11d48"');
    expect(svgOf("logo for Acme in teal")).toContain("#008080");
  });

  it("puts quoted labels and list items into the picture", () => {
    const svg = svgOf('login form "Welcome back" with "Let me in" button');
    expect(svg).toContain(">Welcome back</text>");
    expect(svg).toContain(">Let me in</text>");
    const flow = svgOf("flowchart steps: plan, build, ship");
    const order = ["Plan", "Build", "Ship"].map((s) => flow.indexOf(`>${s}</text>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("turns prompt numbers into chart data", () => {
    const svg = svgOf("bar chart of visits: Mon 120, Tue 340, Wed 90");
    for (const s of ["Mon", "Tue", "Wed", "120", "340", "90"]) expect(svg).toContain(`>${s}</text>`);
    const pie = svgOf("pie chart: cats 25, dogs 75");
    expect(pie).toContain(">75%</text>");
    expect(pie).toContain(">25%</text>");
  });

  it("honours counts", () => {
    const kpis = (n: number) => (svgOf(`dashboard with ${n} cards`).match(/>(Revenue|Active users|Orders|Conversion|Avg\. session|Churn)</g) ?? []).length;
    expect(kpis(2)).toBe(2);
    expect(kpis(5)).toBe(5);
    const cols = (svgOf("table with 3 columns").match(/letter-spacing/g) ?? []).length;
    expect(cols).toBe(3);
    const tabs = svgOf("mobile app with 5 tabs");
    expect(tabs).toContain(">Settings</text>");
    expect(svgOf("mobile app with 3 tabs")).not.toContain(">Profile</text>");
  });

  it("different kinds give structurally different SVGs", () => {
    const kinds = ["dashboard", "landing page", "mobile app", "login form", "table of users", "bar chart", "line chart", "pie chart",
      "flowchart", "timeline", "org chart", "mind map", "rocket icon", "logo for Acme", "shield badge", "gradient background",
      "waves pattern", "dots pattern", "noise texture", "triangle pattern", "mountains", "sea", "sunset", "night sky", "city skyline",
      "forest", "hills landscape", "avatar for Sam", "a quiet thought"];
    const fingerprints = new Map<string, string>();
    for (const k of kinds) {
      const r = run(k, "image", { seed: 1 });
      const svg = new TextDecoder().decode(r.bytes).replace(/<title[\s\S]*<\/desc>/, "");
      // Which elements, how many of each: two kinds sharing one template would collide here.
      const tags = new Map<string, number>();
      for (const [, t] of svg.matchAll(/<([a-zA-Z]+)/g)) tags.set(t!, (tags.get(t!) ?? 0) + 1);
      const fp = [...tags].sort().map(([t, c]) => `${t}:${c}`).join(",");
      expect(fingerprints.get(fp), `${k} has the same structure as ${fingerprints.get(fp)}`).toBeUndefined();
      fingerprints.set(fp, k);
    }
    expect(fingerprints.size).toBe(kinds.length);
  });
});
