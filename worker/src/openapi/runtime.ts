import { Hono, type Context, type Env, type MiddlewareHandler, type Schema } from "hono";
import { HTTPException } from "hono/http-exception";
import type { HonoOptions } from "hono/hono-base";
import { validator } from "hono/validator";
import documentText from "virtual:openapi-document";
import { LazySchema, z } from "./z";

// What the deployed worker gets for `@hono/zod-openapi` (wrangler.toml [alias]): the parts of @hono/zod-openapi 1.x
// and @hono/zod-validator this app uses, ported over the lazy zod/mini builder (./z.ts). Routes validate exactly as
// there (same validators, media-type gate and hook order); the OpenAPI document is not generated here but read from
// the one scripts/openapi.mjs made at build time with the real @hono/zod-openapi from the same schemas.
// Type checking and Node scripts still see the real package; only bundles (wrangler, the worker tests) see this.

export { z };

type Target = "json" | "form" | "query" | "param" | "header" | "cookie";
type ValidationResult = { success: true; data: unknown } | { success: false; error: unknown };
type Hook = (result: ValidationResult & { target: Target; data?: unknown }, c: Context) => unknown;

interface BodyContent {
  [mediaType: string]: { schema?: unknown } | undefined;
}
export interface RouteConfig {
  method: string;
  path: string;
  hide?: boolean;
  middleware?: MiddlewareHandler | MiddlewareHandler[];
  request?: {
    query?: LazySchema;
    params?: LazySchema;
    headers?: LazySchema;
    cookies?: LazySchema;
    body?: { required?: boolean; content?: BodyContent };
  };
  [key: string]: unknown;
}

export const createRoute = <R extends RouteConfig>(routeConfig: R) =>
  Object.defineProperty({ ...routeConfig, getRoutingPath: () => routeConfig.path.replaceAll(/\/{(.+?)}/g, "/:$1") }, "getRoutingPath", { enumerable: false });

/** @hono/zod-validator's zValidator, over a lazy schema. */
function zValidator(target: Target, schema: LazySchema, hook: Hook) {
  // Headers arrive lower-cased; the schema's own spelling of each name is what the handler reads.
  const keymap =
    target === "header" && schema.shape ? Object.fromEntries(Object.keys(schema.shape).map((key) => [key.toLowerCase(), key])) : undefined;
  return validator(target, async (value, c) => {
    const data = keymap ? Object.fromEntries(Object.entries(value as object).map(([key, v]) => [keymap[key] ?? key, v])) : value;
    const result = (await schema.safeParseAsync(data)) as ValidationResult;
    const hookResult = (await hook({ data, ...result, target }, c)) as Response | { response: Response } | undefined;
    if (hookResult) {
      if (hookResult instanceof Response) return hookResult;
      if ("response" in hookResult) return hookResult.response;
    }
    if (!result.success) return c.json(result, 400);
    return result.data as never;
  });
}

/** Registrations index.ts makes for the document (security schemes): already in the generated one, so kept nowhere. */
const registry = { registerComponent(_type: string, _name: string, _component: unknown) {} };

export class OpenAPIHono<E extends Env = Env> extends Hono<E> {
  openAPIRegistry = registry;
  defaultHook?: Hook;
  // Any parent, whatever its bindings.
  #parentApp?: OpenAPIHono<any>;

  constructor(init?: HonoOptions<E> & { defaultHook?: Hook }) {
    super(init);
    this.defaultHook = init?.defaultHook;
  }

  #resolveDefaultHook(): Hook | undefined {
    if (this.defaultHook) return this.defaultHook;
    const seen = new Set<unknown>([this]);
    let parent = this.#parentApp;
    while (parent && !seen.has(parent)) {
      if (parent.defaultHook) return parent.defaultHook;
      seen.add(parent);
      parent = parent.#parentApp;
    }
    return undefined;
  }

  openapi = ({ middleware: routeMiddleware, hide: _hide, ...route }: RouteConfig, handler: MiddlewareHandler, hook?: Hook) => {
    const effectiveHook: Hook = hook ?? ((result, c) => this.#resolveDefaultHook()?.(result, c));
    const validators: MiddlewareHandler[] = [];
    const request = route.request;
    if (request?.query) validators.push(zValidator("query", request.query, effectiveHook));
    if (request?.params) validators.push(zValidator("param", request.params, effectiveHook));
    if (request?.headers) validators.push(zValidator("header", request.headers, effectiveHook));
    if (request?.cookies) validators.push(zValidator("cookie", request.cookies, effectiveHook));
    const bodyContent = request?.body?.content;
    if (bodyContent) {
      const declared = Object.keys(bodyContent);
      if (declared.some((type) => isSchema(bodyContent[type]?.schema) && (isJSONContentType(type) || isFormContentType(type)))) {
        validators.push(async (c, next) => {
          const contentType = c.req.header("content-type");
          if (contentType) {
            if (!declared.some((type) => matchesMediaType(contentType, type))) throw new HTTPException(415, { message: "Unsupported Media Type" });
          } else if (await hasRequestBody(c)) throw new HTTPException(415, { message: "Unsupported Media Type" });
          await next();
        });
      }
      for (const type of declared) {
        const schema = bodyContent[type]?.schema;
        if (!isSchema(schema)) continue;
        for (const [target, matches] of [
          ["json", isJSONContentType],
          ["form", isFormContentType],
        ] as const) {
          if (!matches(type)) continue;
          const validate = zValidator(target, schema, effectiveHook);
          if (request?.body?.required) validators.push(validate);
          else
            validators.push(async (c, next) => {
              const contentType = c.req.header("content-type");
              if (contentType && matches(contentType)) return await validate(c, next);
              c.req.addValidatedData(target, {});
              await next();
            });
        }
      }
    }
    const middleware = routeMiddleware ? (Array.isArray(routeMiddleware) ? routeMiddleware : [routeMiddleware]) : [];
    this.on([route.method], [route.path.replaceAll(/\/{(.+?)}/g, "/:$1")], ...middleware, ...validators, handler);
    return this;
  };

  /** The document scripts/openapi.mjs generated with the real @hono/zod-openapi (its arguments are already in it). */
  getOpenAPI31Document = (..._config: unknown[]) => JSON.parse(documentText) as { openapi: string; info: { title: string; version: string }; paths: object; components?: object };

  override route<SubPath extends string, SubEnv extends Env, SubSchema extends Schema, SubBasePath extends string>(
    path: SubPath,
    app: Hono<SubEnv, SubSchema, SubBasePath>,
  ) {
    const routed = super.route(path, app);
    // A sub-router without its own defaultHook uses its parent's, as in @hono/zod-openapi.
    if (app instanceof OpenAPIHono) app.#parentApp ??= this;
    return routed;
  }
}

function isSchema(x: unknown): x is LazySchema {
  return x instanceof LazySchema;
}

function isJSONContentType(contentType: string) {
  return /^application\/([a-z-.]+\+)?json/i.test(contentType);
}
const jsonRequestRegex = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const multipartRequestRegex = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i;
const urlencodedRequestRegex = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

function matchesMediaType(contentType: string, mediaType: string) {
  if (mediaType === "*/*") return true;
  if (isJSONContentType(mediaType)) return jsonRequestRegex.test(contentType);
  if (isFormContentType(mediaType)) return multipartRequestRegex.test(contentType) || urlencodedRequestRegex.test(contentType);
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType.endsWith("/*")) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}

async function hasRequestBody(c: Context) {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

function isFormContentType(contentType: string) {
  const lower = contentType.toLowerCase();
  return lower.startsWith("multipart/form-data") || lower.startsWith("application/x-www-form-urlencoded");
}
