import { describe, expect, it } from "vitest";
import { EngineInputError, engineInput, MAX_DESCRIPTION_LENGTH } from "../worker-input";

// The engine Worker's RPC input (worker.ts): what the API sends passes unchanged; anything else is refused by name.

describe("engineInput", () => {
  it("passes a valid request through, options included", () => {
    const input = { description: "a cat on a sofa", media_type: "video", options: { width: 640, height: 360, seed: 0, duration_s: 2.5 } };
    expect(engineInput(input)).toEqual(input);
  });

  it("accepts the API's limits at their edges", () => {
    const req = engineInput({ description: "d".repeat(MAX_DESCRIPTION_LENGTH), media_type: "audio", options: { width: 4096, height: 64, seed: 4294967295, duration_s: 30 } });
    expect(req.description).toHaveLength(2000);
    expect(engineInput({ description: "x", media_type: "image", options: { duration_s: 0.5 } }).options).toEqual({ duration_s: 0.5 });
  });

  it("treats missing options as none and drops options left undefined", () => {
    expect(engineInput({ description: "a logo", media_type: "image" }).options).toEqual({});
    expect(engineInput({ description: "a logo", media_type: "image", options: { seed: undefined, width: 128 } }).options).toEqual({ width: 128 });
  });

  it("accepts an object without a prototype (what some structured clones produce)", () => {
    const input = Object.assign(Object.create(null) as object, { description: "a tree", media_type: "image" });
    expect(engineInput(input)).toEqual({ description: "a tree", media_type: "image", options: {} });
  });

  it.each([
    ["nothing", undefined, "expected an object"],
    ["a string", "a cat", "expected an object"],
    ["an array", [{ description: "a cat", media_type: "image" }], "expected an object"],
    ["a class instance", new Date(), "expected an object"],
    ["an unknown field", { description: "a cat", media_type: "image", tier: "free" }, 'unknown field "tier"'],
    ["a missing description", { media_type: "image" }, "description must be a string"],
    ["a number as description", { description: 42, media_type: "image" }, "description must be a string"],
    ["a blank description", { description: "   ", media_type: "image" }, "description must be 1-2000 characters"],
    ["an over-long description", { description: "d".repeat(2001), media_type: "image" }, "description must be 1-2000 characters"],
    ["a missing media_type", { description: "a cat" }, "media_type must be one of image, video, audio"],
    ["an unknown media_type", { description: "a cat", media_type: "gif" }, "media_type must be one of image, video, audio"],
    ["options as an array", { description: "a cat", media_type: "image", options: [] }, "options must be an object"],
    ["options as null", { description: "a cat", media_type: "image", options: null }, "options must be an object"],
    ["an unknown option", { description: "a cat", media_type: "image", options: { negative_prompt: "dogs" } }, 'unknown option "negative_prompt"'],
    ["an inherited option name", { description: "a cat", media_type: "image", options: { toString: 1 } }, 'unknown option "toString"'],
    ["a __proto__ option", { description: "a cat", media_type: "image", options: JSON.parse('{"__proto__": {"width": 128}}') as unknown }, 'unknown option "__proto__"'],
    ["a width as a string", { description: "a cat", media_type: "image", options: { width: "640" } }, "options.width must be an integer 64-4096"],
    ["a fractional height", { description: "a cat", media_type: "image", options: { height: 100.5 } }, "options.height must be an integer 64-4096"],
    ["a width too small", { description: "a cat", media_type: "image", options: { width: 63 } }, "options.width must be an integer 64-4096"],
    ["a negative seed", { description: "a cat", media_type: "image", options: { seed: -1 } }, "options.seed must be an integer 0-4294967295"],
    ["a seed above 32 bits", { description: "a cat", media_type: "image", options: { seed: 2 ** 32 } }, "options.seed must be an integer 0-4294967295"],
    ["a NaN duration", { description: "a cat", media_type: "audio", options: { duration_s: Number.NaN } }, "options.duration_s must be a number 0.5-30"],
    ["a duration too long", { description: "a cat", media_type: "audio", options: { duration_s: 31 } }, "options.duration_s must be a number 0.5-30"],
  ])("refuses %s", (_name, input, message) => {
    expect(() => engineInput(input)).toThrow(EngineInputError);
    expect(() => engineInput(input)).toThrow(`invalid engine input: ${message}`);
  });
});
