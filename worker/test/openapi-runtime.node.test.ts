import { beforeAll, describe, expect, it, vi } from "vitest";

// The deployed worker validates with worker/src/openapi/runtime.ts (zod/mini, wrangler.toml [alias]) and serves a
// document generated at build time with the real @hono/zod-openapi. This loads the whole app twice, once with each,
// and holds them to the same answers: every route's query/params/headers/body schema gives the same verdict, data and
// issues (code, path, message) for a palette of inputs, and the served documents are byte-identical.

// Written by scripts/openapi.mjs, which vitest.config.ts runs before any project (as wrangler's [build] does).
const DOCUMENT_MODULE: string = "../../.wrangler/openapi/document.js";

interface Route {
  operationId: string;
  request?: { query?: Schema; params?: Schema; headers?: Schema; body?: { content?: Record<string, { schema?: Schema }> } };
}
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
}
interface Schema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
  shape?: Record<string, unknown>;
}
interface Loaded {
  routes: Route[];
  fetch: (req: Request, env: object, ctx: object) => Promise<Response>;
}

async function load(kind: "classic" | "runtime"): Promise<Loaded> {
  vi.resetModules();
  const routes: Route[] = [];
  // Only class declarations of these run when the modules load.
  vi.doMock("cloudflare:workers", () => ({ DurableObject: class {}, WorkerEntrypoint: class {}, env: {} }));
  vi.doMock("virtual:openapi-document", () => import(/* @vite-ignore */ DOCUMENT_MODULE));
  vi.doMock("@hono/zod-openapi", async () => {
    const real = (kind === "classic" ? await vi.importActual("@hono/zod-openapi") : await import("../src/openapi/runtime")) as {
      createRoute: (r: Route) => Route;
    };
    return { ...real, createRoute: (route: Route) => (routes.push(route), real.createRoute(route)) };
  });
  const worker = (await import("../src/index")).default as unknown as Loaded;
  return { routes, fetch: worker.fetch };
}

let classic: Loaded;
let runtime: Loaded;

beforeAll(async () => {
  classic = await load("classic");
  runtime = await load("runtime");
}, 60_000);

/** Values every field is tried with: types, bounds, formats and enum members the schemas use. */
const PALETTE: unknown[] = [
  undefined, null, "", " ", "  padded  ", "a", "x".repeat(101), "x".repeat(201), "x".repeat(1001), "x".repeat(2001), 0, -1, 0.5, 1.5, 1, 4, 5, 63, 64,
  4096, 4097, 100_000, 100_001, 1_000_001, 4294967296, "50", "abc", "1.5", true, false, [], ["free"], ["free", "free"], ["free", "bogus"], {},
  { duration_s: 0.5 }, { width: 10 }, { bogus: 1 }, "2026-12-01T00:00:00Z", "2026-12-01T00:00:00+02:00", "2026-12-01", "not-a-date",
  "00000000-0000-4000-8000-000000000000", "not-a-uuid", "https://example.com/a", "image", "video", "audio", "auto", "free", "budget", "premium",
  "stable_diffusion", "runway", "url", "b64_json", "a/b.png", "../etc", "ab12cd34/x.png",
];

/** A value the classic schema accepts, found field by field from `{}` (undefined when none is found). */
function validBase(schema: Schema): Record<string, unknown> | undefined {
  const base: Record<string, unknown> = {};
  for (let round = 0; round < 20; round++) {
    const result = schema.safeParse(base);
    if (result.success) return base;
    const key = result.error.issues.find((i) => i.path.length >= 1)?.path[0];
    if (typeof key !== "string") return undefined;
    const fit = PALETTE.find((value) => {
      const r = schema.safeParse({ ...base, [key]: value });
      return r.success || !r.error.issues.some((i) => i.path[0] === key);
    });
    if (fit === undefined) return undefined;
    base[key] = fit;
  }
  return undefined;
}

function inputsFor(schema: Schema): unknown[] {
  const base = validBase(schema) ?? {};
  const keys = [...new Set([...Object.keys(schema.shape ?? {}), ...Object.keys(base), "unknown_field"])];
  const inputs: unknown[] = [undefined, null, "x", 1, [], {}, base];
  for (const key of keys) for (const value of PALETTE) inputs.push({ ...base, [key]: value });
  // Cross-field refinements (video duration, "nothing to change"): pairs of fields.
  inputs.push({ ...base, media_type: "video", options: { duration_s: 0.5 } }, { ...base, media_type: "audio", options: { duration_s: 0.5 } });
  return inputs;
}

const verdict = (schema: Schema, input: unknown) => {
  const r = schema.safeParse(structuredClone(input));
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
};

function schemasOf(route: Route): [string, Schema][] {
  const out: [string, Schema][] = [];
  const r = route.request ?? {};
  if (r.query) out.push(["query", r.query]);
  if (r.params) out.push(["params", r.params]);
  if (r.headers) out.push(["headers", r.headers]);
  for (const [type, c] of Object.entries(r.body?.content ?? {})) if (c?.schema) out.push([`body ${type}`, c.schema]);
  return out;
}

describe("zod/mini runtime against @hono/zod-openapi", () => {
  it("registers the same routes", () => {
    expect(runtime.routes.map((r) => r.operationId)).toEqual(classic.routes.map((r) => r.operationId));
    expect(classic.routes.filter((r) => schemasOf(r).length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it("validates every route's inputs the same way", () => {
    let compared = 0;
    let rejected = 0;
    for (const route of classic.routes) {
      const other = runtime.routes.find((r) => r.operationId === route.operationId)!;
      const theirs = new Map(schemasOf(other));
      for (const [where, schema] of schemasOf(route)) {
        const mini = theirs.get(where);
        expect(mini, `${route.operationId} ${where}`).toBeDefined();
        for (const input of inputsFor(schema)) {
          const expected = verdict(schema, input);
          expect(verdict(mini!, input), `${route.operationId} ${where} ${JSON.stringify(input)}`).toEqual(expected);
          compared++;
          if (!expected.success) rejected++;
        }
      }
    }
    // The palette exercises both sides of the line.
    expect(compared).toBeGreaterThan(2000);
    expect(rejected).toBeGreaterThan(500);
    expect(compared - rejected).toBeGreaterThan(500);
  });

  it("serves the document the classic app generates, byte for byte", async () => {
    const ctx = { waitUntil() {}, passThroughOnException() {} };
    const get = async (app: Loaded) => (await app.fetch(new Request("http://127.0.0.1:8787/api/openapi.json"), {}, ctx)).text();
    const [theirs, ours] = await Promise.all([get(classic), get(runtime)]);
    expect(JSON.parse(ours).paths).toBeDefined();
    expect(ours).toBe(theirs);
  });
});
