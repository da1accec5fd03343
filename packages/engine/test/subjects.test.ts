// The subject corpus (corpus/subjects.ts) against the engine: template, subjects and (video) motion, plus the
// safety checks every output keeps. A minimal runner until the shared relevance runner reads every corpus file.
import { describe, expect, it } from "vitest";
import SUBJECT_CASES from "./corpus/subjects";
import { run, svgProblems } from "./helpers";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe("subject corpus", () => {
  it("has at least 80 everyday prompts", () => {
    expect(SUBJECT_CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(SUBJECT_CASES.map((c) => [c.prompt, c] as const))("%s", (_p, c) => {
    const media = c.media ?? "image";
    const r = run(c.prompt, media, media === "video" ? { duration_s: 4 } : undefined);
    const svg = decode(r.bytes);
    expect(r.template, c.prompt).toBe(c.template);
    for (const s of c.subjects ?? []) expect(r.subjects, c.prompt).toContain(s);
    expect(svg).toContain(`data-template="${c.template}"`);
    expect(svgProblems(svg)).toEqual([]);
    if (c.motion) {
      const anims = [...svg.matchAll(/<(animate|animateTransform|animateMotion)\b([^>]*)>/g)].map(([, tag, a]) => ({ tag: tag!, a: a! }));
      const ok = anims.some(({ tag, a }) => c.motion === "motion" ? tag === "animateMotion" : c.motion === "opacity" ? /attributeName="opacity"/.test(a) : new RegExp(`type="${c.motion}"`).test(a));
      expect(ok, `${c.prompt}: ${c.motion}`).toBe(true);
    }
  });
});
