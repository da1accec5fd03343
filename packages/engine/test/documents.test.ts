import { describe, expect, it } from "vitest";
import { svgOf } from "./helpers";

/** The visible text of an SVG, in document order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("document templates place the prompt's own entries", () => {
  it("a planner puts an entry that names its day on that day, and the rest in order across the week", () => {
    const t = texts(svgOf("a weekly planner: gym on monday, dentist on friday, swim, sun salutation"));
    const day = (name: string) => t.indexOf(name);
    // Each entry sits between its day's heading and the next day's.
    expect(t.indexOf("Gym")).toBeGreaterThan(day("Monday"));
    expect(t.indexOf("Gym")).toBeLessThan(day("Tuesday"));
    expect(t.indexOf("Dentist")).toBeGreaterThan(day("Friday"));
    expect(t.indexOf("Dentist")).toBeLessThan(day("Saturday"));
    // Unnamed entries fill the week from Monday; "sun salutation" is an entry, not Sunday.
    expect(t.indexOf("Swim")).toBeGreaterThan(day("Monday"));
    expect(t.indexOf("Swim")).toBeLessThan(day("Tuesday"));
    expect(t.indexOf("Sun Salutation")).toBeGreaterThan(day("Tuesday"));
    expect(t.indexOf("Sun Salutation")).toBeLessThan(day("Wednesday"));
    expect(t.some((s) => /on friday/i.test(s))).toBe(false);
  });
});
