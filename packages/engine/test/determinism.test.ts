import { describe, expect, it } from "vitest";
import { digest, run } from "./helpers";
import { GOLDEN_CASES } from "./determinism-cases";
import GOLDEN from "./golden.json";

describe("determinism", () => {
  it.each(GOLDEN_CASES)("%j (%s, seed %s) matches the bytes Node produced", (description, media, seed) => {
    const key = `${media}|${seed ?? "-"}|${description}`;
    expect(digest(run(description, media, seed === undefined ? {} : { seed }).bytes)).toBe((GOLDEN as Record<string, string>)[key]);
  });

  it.each(["image", "video", "audio"] as const)("same description and seed give the same %s bytes", (media) => {
    const a = run("bar chart of weekly sales, 2 seconds", media, { seed: 1234 });
    const b = run("bar chart of weekly sales, 2 seconds", media, { seed: 1234 });
    expect(digest(a.bytes)).toBe(digest(b.bytes));
  });

  it.each([
    ["abstract shapes", "image"], ["geometric pattern", "image"], ["mountains", "image"], ["dashboard", "image"],
    ["bar chart", "image"], ["avatar for Sam", "image"], ["waves", "video"], ["melody", "audio"], ["rain", "audio"], ["drum loop", "audio"],
  ] as const)("a different seed gives a fresh variation: %s (%s)", (description, media) => {
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4294967295]) seen.add(digest(run(description, media, { seed, duration_s: 1 }).bytes));
    expect(seen.size).toBe(4);
  });

  it("without a seed, the seed is derived from the description (stable, and different per description)", () => {
    const a = run("a calm abstract composition");
    expect(a.seed).toBe(run("a calm abstract composition").seed);
    expect(digest(a.bytes)).toBe(digest(run("a calm abstract composition").bytes));
    expect(run("a bold abstract composition").seed).not.toBe(a.seed);
  });

  it("avatars depend on the name, not the wording", () => {
    // Same name, different prompt: the <title>/<desc> differ, the drawing must not.
    const body = (s: string) => new TextDecoder().decode(run(s).bytes).replace(/<title[\s\S]*<\/desc>/, "");
    expect(body("profile picture for Ada Lovelace").replace(/e[0-9a-z]+-/g, "")).toBe(body("Avatar for Ada Lovelace").replace(/e[0-9a-z]+-/g, ""));
    expect(body("Avatar for Alan Turing")).not.toBe(body("Avatar for Ada Lovelace"));
  });

  it("emits no long floating-point tails (numbers are rounded before output)", () => {
    for (const d of ["line chart", "mountains", "pie chart", "mind map", "waves pattern"]) {
      const svg = new TextDecoder().decode(run(d, "video", { seed: 77 }).bytes);
      expect(svg, d).not.toMatch(/\d\.\d{4,}/);
    }
  });
});
