/// <reference types="vite/client" />
// Relevance: every everyday prompt in corpus/*.ts must be drawn by the template it names, with the subjects
// and literal text it lists, and never fall back to the old placeholder ("abstract": a blurred blob captioned
// with the prompt), which no longer exists; corpus/everyday.ts holds ordinary prompts outside the word lists.
import { describe, expect, it } from "vitest";
import type { CorpusCase } from "./corpus/types";
import { run, svgProblems } from "./helpers";

const files = import.meta.glob<{ default?: CorpusCase[]; CORPUS?: CorpusCase[] }>("./corpus/*.ts", { eager: true });
const cases: [string, CorpusCase][] = [];
for (const [path, mod] of Object.entries(files)) for (const c of mod.default ?? mod.CORPUS ?? []) cases.push([path.replace(/^.*\//, ""), c]);

const decoder = new TextDecoder();
/** The visible text of an SVG: every <text> element's content, unescaped. */
function visibleText(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

describe("relevance corpus", () => {
  it("has at least 200 prompts across all files (120 from templates, charts, audio and video alone)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(files).some((f) => f.endsWith("subjects.ts")) ? 200 : 120);
  });

  it.each(cases)("%s: %j", (_file, c) => {
    const r = run(c.prompt, c.media ?? "image", { seed: 1 });
    expect(r.template, c.prompt).toBe(c.template);
    if (c.subjects) for (const s of c.subjects) expect(r.subjects, c.prompt).toContain(s);
    if (r.extension === "svg") {
      const svg = decoder.decode(r.bytes);
      expect(svg).toContain(`data-template="${c.template}"`);
      expect(svgProblems(svg)).toEqual([]);
      const shown = visibleText(svg);
      // Wrapped text counts too: "Merry" and "Christmas" on two lines read as "Merry Christmas".
      const joined = shown.join(" ");
      for (const t of c.text ?? []) expect(shown.some((s) => s.includes(t)) || joined.includes(t), `"${t}" in ${JSON.stringify(shown.slice(0, 40))}`).toBe(true);
    }
  });

  it("never answers a corpus picture prompt with the placeholder, at any seed", () => {
    // Pictures only: audio has no placeholder (its fallback is a melody), and rendering it here is slow.
    const placeholders = cases.filter(([, c]) => c.media !== "audio" && [2, 7].some((seed) => {
      const r = run(c.prompt, c.media ?? "image", { seed });
      return r.template === "abstract" || decoder.decode(r.bytes).includes('data-template="abstract"');
    })).map(([, c]) => c.prompt);
    expect(placeholders).toEqual([]);
  }, 30_000);

  it("the fallback poster is titled with the prompt's own words", () => {
    for (const [prompt, words] of [["the feeling of a quiet sunday morning", "Quiet Sunday Morning"], ["a youtube thumbnail about cooking", "Cooking"], ["a podcast cover art", "Podcast"]] as const) {
      const r = run(prompt, "image", { seed: 4 });
      expect(r.template, prompt).toBe("poster");
      expect(visibleText(decoder.decode(r.bytes)).join(" ").toLowerCase(), prompt).toContain(words.toLowerCase());
    }
  });
});
