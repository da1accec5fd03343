import { describe, expect, it } from "vitest";
import { monotonePath, pieAngles, sectorPath } from "../src/shapes";

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe("hand-written shapes", () => {
  it("the monotone curve passes through every point and never overshoots the data", () => {
    const pts: [number, number][] = [[0, 100], [10, 100], [20, 20], [30, 20], [40, 60]];
    const d = monotonePath(pts);
    for (const [x, y] of pts) expect(d).toContain(`${x} ${y}`);
    const ys = numbers(d).filter((_, i) => i % 2 === 1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });

  it("pie angles cover the circle in proportion to the values", () => {
    const a = pieAngles([1, 3]);
    expect(a[0]!.endAngle).toBeCloseTo(Math.PI / 2);
    expect(a[1]!.endAngle).toBeCloseTo(Math.PI * 2);
    expect(pieAngles([0, -5, 2]).map((s) => s.endAngle - s.startAngle)[2]).toBeCloseTo(Math.PI * 2);
  });

  it("draws a whole ring as two arcs and a donut slice with inner and outer arcs", () => {
    const ring = sectorPath({ startAngle: 0, endAngle: Math.PI * 2, value: 1 }, 50, 100);
    expect(ring.match(/A/g)).toHaveLength(4);
    const slice = sectorPath({ startAngle: 0, endAngle: Math.PI / 2, value: 1 }, 50, 100, 0.02);
    expect(slice).toMatch(/^M[\d.]+ -[\d.]+A100 100 0 0 1 .*L.*A50 50 0 0 0 .*Z$/);
    expect(sectorPath({ startAngle: 0, endAngle: Math.PI / 2, value: 1 }, 0, 100)).toContain("L0 0");
  });
});
