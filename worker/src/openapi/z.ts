import * as m from "zod/mini";
import en from "zod/v4/locales/en.js";

// The deployed worker's `z`: the same chain the schema files are written in (`z.object({...}).openapi("Name")`,
// `.optional()`, `.min()`, `.refine()`...), recorded as a recipe and built as zod/mini schemas on first parse.
// zod classic (what @hono/zod-openapi brings) costs ~100 KB gzipped and builds every schema with its OpenAPI metadata
// at module load, on every cold start; the document it would generate is made at build time instead
// (scripts/openapi.mjs). Both build from the same zod core checks, so issues (codes, paths, messages) are the same;
// worker/test/openapi-runtime.node.test.ts holds the two to that. Only what the schema files use is here.

type Mini = m.ZodMiniType;
type Kind = "string" | "number" | "array" | "object" | "other";
type Params = string | Record<string, unknown> | undefined;
type Shape = Record<string, LazySchema>;
type Check = m.core.CheckFn<never> | m.core.$ZodCheck<never>;

let localeSet = false;

export class LazySchema {
  #built: Mini | undefined;

  constructor(
    private readonly make: () => Mini,
    readonly kind: Kind = "other",
    /** An object's fields, readable without building (`Schema.shape.error`, the header validator's key map). */
    readonly shape?: Shape,
  ) {}

  /** The zod/mini schema, built once, on first use. */
  get mini(): Mini {
    if (!this.#built) {
      // English messages, as zod classic sets them: tests and clients read them. Set here, not at module load.
      if (!localeSet) {
        m.config(en());
        localeSet = true;
      }
      this.#built = this.make();
    }
    return this.#built;
  }

  parse(value: unknown) {
    return this.mini.parse(value);
  }
  safeParse(value: unknown) {
    return this.mini.safeParse(value);
  }
  parseAsync(value: unknown) {
    return this.mini.parseAsync(value);
  }
  safeParseAsync(value: unknown) {
    return this.mini.safeParseAsync(value);
  }

  // Documentation only: it lives in the pre-generated document, so it changes nothing here.
  openapi(..._args: unknown[]): this {
    return this;
  }
  describe(_text: string): this {
    return this;
  }
  meta(_meta: unknown): this {
    return this;
  }

  optional() {
    return new LazySchema(() => m.optional(this.mini));
  }
  nullable() {
    return new LazySchema(() => m.nullable(this.mini));
  }
  nullish() {
    return new LazySchema(() => m.nullish(this.mini));
  }
  default(value: unknown) {
    return new LazySchema(() => m._default(this.mini as never, value as never));
  }
  or(other: LazySchema) {
    return new LazySchema(() => m.union([this.mini, other.mini]));
  }
  array() {
    return new LazySchema(() => m.array(this.mini), "array");
  }

  // Checks keep the schema's kind and fields, so `.min()` after `.trim()` still means a length.
  check(...checks: Check[]) {
    return this.#with(() => checks);
  }
  min(n: number, params?: Params) {
    return this.#with(() => [this.kind === "number" ? m.gte(n, params) : m.minLength(n, params)]);
  }
  max(n: number, params?: Params) {
    return this.#with(() => [this.kind === "number" ? m.lte(n, params) : m.maxLength(n, params)]);
  }
  int(params?: Params) {
    return this.#with(() => [m.int(params) as unknown as Check]);
  }
  trim() {
    return this.#with(() => [m.trim()]);
  }
  regex(pattern: RegExp, params?: Params) {
    return this.#with(() => [m.regex(pattern, params)]);
  }
  refine(fn: (value: never) => unknown, params?: Params) {
    return this.#with(() => [m.refine(fn, params)]);
  }
  superRefine(fn: (value: never, ctx: m.core.$RefinementCtx<never>) => void | Promise<void>) {
    return this.#with(() => [m.superRefine(fn)]);
  }

  extend(shape: Shape) {
    return new LazySchema(() => m.extend(this.mini as m.ZodMiniObject, built(shape)), "object", { ...this.shape, ...shape });
  }
  catchall(schema: LazySchema) {
    return new LazySchema(() => m.catchall(this.mini as m.ZodMiniObject, schema.mini), "object", this.shape);
  }

  #with(checks: () => Check[]) {
    return new LazySchema(() => this.mini.check(...(checks() as never[])), this.kind, this.shape);
  }
}

function built(shape: Shape): Record<string, Mini> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.mini]));
}

const lazy = (make: () => Mini, kind?: Kind) => new LazySchema(make, kind);

export const z = {
  string: (params?: Params) => lazy(() => m.string(params), "string"),
  number: (params?: Params) => lazy(() => m.number(params), "number"),
  int: (params?: Params) => lazy(() => m.int(params), "number"),
  boolean: (params?: Params) => lazy(() => m.boolean(params)),
  unknown: () => lazy(() => m.unknown()),
  null: (params?: Params) => lazy(() => m.null(params)),
  literal: (value: string | number | boolean, params?: Params) => lazy(() => m.literal(value, params)),
  enum: (values: readonly string[], params?: Params) => lazy(() => m.enum(values as [string, ...string[]], params)),
  url: (params?: Params) => lazy(() => m.url(params), "string"),
  uuid: (params?: Params) => lazy(() => m.uuid(params), "string"),
  array: (element: LazySchema, params?: Params) => lazy(() => m.array(element.mini, params), "array"),
  record: (key: LazySchema, value: LazySchema, params?: Params) => lazy(() => m.record(key.mini as never, value.mini, params)),
  union: (options: LazySchema[], params?: Params) => lazy(() => m.union(options.map((o) => o.mini), params)),
  object: (shape: Shape, params?: Params) => new LazySchema(() => m.object(built(shape), params), "object", shape),
  strictObject: (shape: Shape, params?: Params) => new LazySchema(() => m.strictObject(built(shape), params), "object", shape),
  iso: {
    datetime: (params?: Params) => lazy(() => m.iso.datetime(params as never), "string"),
    date: (params?: Params) => lazy(() => m.iso.date(params), "string"),
  },
  coerce: {
    number: (params?: Params) => lazy(() => m.coerce.number(params), "number"),
  },
};
