import { describe, expect, it } from "vitest";
import { run, svgOf, svgProblems } from "./helpers";

// The render result and the SVG root say which template drew the picture and which subjects are in it, so a
// relevance test (or a user) can check what was made without parsing the drawing.
describe("template and subjects in the result", () => {
  it("names the template in the result and on the SVG root", () => {
    const r = run("bar chart of sales: Jan 12, Feb 19");
    expect(r.template).toBe("bar-chart");
    expect(r.kind).toBe("bar-chart");
    expect(Array.isArray(r.subjects)).toBe(true);
    const svg = new TextDecoder().decode(r.bytes);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*data-template="bar-chart"/);
    expect(svg).toMatch(/<svg [^>]*data-subjects="[^"]*"/);
  });

  it("says poster when nothing matched (titled with the prompt's words), for video too, and gives audio its kind", () => {
    expect(run("the feeling of a quiet sunday morning").template).toBe("poster");
    expect(svgOf("the feeling of a quiet sunday morning")).toContain("Sunday Morning");
    expect(run("bar chart where bars grow", "video").template).toBe("bar-chart");
    const a = run("notification chime", "audio", { duration_s: 0.5 });
    expect([a.template, a.subjects]).toEqual(["chime", []]);
  });

  it("keeps the root attributes escaped and the SVG safe", () => {
    const svg = svgOf('login form "\"><script>alert(1)</script>"');
    expect(svgProblems(svg)).toEqual([]);
    expect(svg.match(/<svg [^>]*>/)![0]).not.toMatch(/<script|on\w+=/);
  });
});
