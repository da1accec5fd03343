/// <reference types="node" />
// Node half of the cross-runtime check: the same cases as determinism.test.ts (which runs in workerd) must give
// the digests in golden.json here too. After an intended change to the engine's output, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run --project engine
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import GOLDEN from "./golden.json";
import { GOLDEN_CASES } from "./determinism-cases";
import { digest, run } from "./helpers";

describe("golden digests (Node)", () => {
  const current: Record<string, string> = {};
  for (const [description, media, seed] of GOLDEN_CASES) {
    current[`${media}|${seed ?? "-"}|${description}`] = digest(run(description, media, seed === undefined ? {} : { seed }).bytes);
  }
  if (process.env.UPDATE_GOLDEN) writeFileSync(fileURLToPath(new URL("./golden.json", import.meta.url)), JSON.stringify(current, null, 2) + "\n");

  const expected = process.env.UPDATE_GOLDEN ? current : (GOLDEN as Record<string, string>);
  it.each(Object.keys(current))("%s", (key) => {
    expect(current[key]).toBe(expected[key]);
  });
});
