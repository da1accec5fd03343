import { describe, expect, it } from "vitest";
import { textWidth } from "../src/svg";
import { run, svgOf, svgProblems } from "./helpers";
import { TEMPLATE_PROMPTS } from "./template-prompts";

const HOSTILE = '</text><script>alert(1)</script>"\' onload="x" & ]]> 数据 🚀 ' + "W".repeat(120);

describe("UI and document templates", () => {
  it.each(TEMPLATE_PROMPTS)("%j is drawn by %s, valid and script-free as image and video", (prompt, template) => {
    for (const media of ["image", "video"] as const) {
      const r = run(prompt, media);
      expect(r.template).toBe(template);
      expect(svgProblems(new TextDecoder().decode(r.bytes))).toEqual([]);
    }
  });

  it.each(TEMPLATE_PROMPTS)("%j survives hostile text and odd sizes", (prompt) => {
    for (const [w, h] of [[64, 64], [4096, 64], [64, 4096], [333, 777], [4096, 4096]] as const) {
      for (const media of ["image", "video"] as const) {
        const svg = svgOf(`${prompt} "${HOSTILE}" called ${HOSTILE}`, { width: w, height: h, seed: 3 }, media);
        const body = svg.replace(/<title[\s\S]*<\/desc>/, "");
        expect(body, `${media} ${w}x${h}`).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
        expect(body, `${media} ${w}x${h}`).not.toMatch(/\s(width|height|r|rx|ry)="-/);
        expect(svgProblems(svg), `${media} ${w}x${h}`).toEqual([]);
      }
    }
  }, 30_000);

  it.each(TEMPLATE_PROMPTS)("%j: every text starts on the canvas and fits its width", (prompt) => {
    for (const [w, h] of [[1280, 800], [390, 844], [800, 800]] as const) {
      const svg = svgOf(prompt, { width: w, height: h, seed: 8 });
      for (const m of svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
        const [, x, y, size, content] = m;
        const anchor = /text-anchor="middle"/.test(m[0]) ? 0.5 : /text-anchor="end"/.test(m[0]) ? 1 : 0;
        const width = textWidth(content!.replace(/&[a-z#0-9]+;/g, "x"), +size!);
        const left = +x! - width * anchor;
        expect(+y!, `${prompt} ${w}x${h}: ${content} (y)`).toBeGreaterThanOrEqual(0);
        expect(+y!, `${prompt} ${w}x${h}: ${content} (y)`).toBeLessThanOrEqual(h + 1);
        expect(left, `${prompt} ${w}x${h}: ${content} (left)`).toBeGreaterThanOrEqual(-1);
        expect(left + width, `${prompt} ${w}x${h}: ${content} (right)`).toBeLessThanOrEqual(w + 1);
      }
    }
  });

  it("shrinks a long title instead of clipping it, and ellipsizes only what cannot fit", () => {
    const long = "An Extraordinarily Long Pricing Headline That Would Never Fit On One Line At Full Size";
    const svg = svgOf(`pricing page titled "${long}"`, { width: 1280, height: 800 });
    const m = svg.match(/<text[^>]*font-size="([\d.]+)"[^>]*>([^<]*An Extraordinarily[^<]*)<\/text>/)!;
    expect(+m[1]!).toBeLessThan(40);
    expect(svgOf('pricing page titled "Short"')).toContain(">Short</text>");
  });

  it("calendar: a real month grid for the named month and year", () => {
    const march = svgOf("calendar for March 2026");
    expect(march).toContain(">March 2026</text>");
    expect(march).toContain(">31</text>");
    expect(svgOf("calendar for February 2027")).not.toContain(">29</text>");
    expect(svgOf("calendar for February 2028")).toContain(">29</text>");
    // March 2026 starts on a Sunday: with Monday-first weeks the 1st sits in the last column.
    const x1 = +march.match(/<text x="([\d.]+)"[^>]*>1<\/text>/)![1]!;
    const x2 = +march.match(/<text x="([\d.]+)"[^>]*>2<\/text>/)![1]!;
    expect(x1).toBeGreaterThan(x2);
    expect(run("calendar for March 2026").bytes).toBeTruthy();
  });

  it("mobile wording gives a phone, page wording a desktop canvas", () => {
    expect([run("weather app").width, run("weather app").height]).toEqual([390, 844]);
    expect([run("pricing page").width, run("pricing page").height]).toEqual([1280, 800]);
    expect(run("business card for Sam Lee").width).toBe(1050);
  });

  it("counts are honoured", () => {
    const cols = (p: string) => run(p).bytes && (new TextDecoder().decode(run(p).bytes).match(/>\+ Add card</g) ?? []).length;
    expect(cols("kanban board with 3 columns")).toBe(3);
    expect(cols("kanban board with 5 columns")).toBe(5);
    expect((svgOf("a city map with 6 pins").match(/<ellipse/g) ?? []).length).toBe(6);
    expect(svgOf("org chart with a manager and three engineers").match(/>Engineer</g)?.length).toBe(3);
  });

  it("video: the spinner turns whole turns per loop and the text types itself out", () => {
    const spin = svgOf("a loading spinner animation", { duration_s: 3 }, "video");
    const rot = spin.match(/<animateTransform[^>]*type="rotate"[^>]*values="0 [\d.]+ [\d.]+;(\d+) /)!;
    expect(+rot[1]! % 360).toBe(0);
    expect(+rot[1]!).toBeGreaterThanOrEqual(360);
    const typing = svgOf("typing text animation that says Hello, world", undefined, "video");
    expect(typing).toContain(">Hello, world</text>");
    expect(typing).toMatch(/<animate attributeName="x"[^>]*calcMode="linear"/);
    expect(svgOf("a loading spinner")).not.toContain("<animate");
  });

  it("is deterministic by seed and differs between seeds", () => {
    for (const [prompt] of TEMPLATE_PROMPTS.slice(0, 8)) {
      expect(svgOf(prompt, { seed: 5 })).toBe(svgOf(prompt, { seed: 5 }));
    }
    expect(svgOf("online shop selling sneakers", { seed: 1 })).not.toBe(svgOf("online shop selling sneakers", { seed: 2 }));
  });
});
