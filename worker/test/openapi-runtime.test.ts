import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { LazySchema } from "../src/openapi/z";

// wrangler.toml [alias] swaps @hono/zod-openapi for the zod/mini runtime in the deployed bundle; the worker project
// sets the same aliases, so every worker test exercises what is deployed. This fails if that wiring is lost.
describe("the worker tests run the deployed validation path", () => {
  it("resolves @hono/zod-openapi to the lazy zod/mini builder", () => {
    expect(z.string()).toBeInstanceOf(LazySchema);
  });
});
