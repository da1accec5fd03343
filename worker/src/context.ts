import { OpenAPIHono } from "@hono/zod-openapi";
import { validationError } from "./errors";

/** Hono's type parameters for every router: the worker bindings and what middleware puts on the context. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** Who is calling, for rate limits and history: a hash, an IP or "local"; never a raw secret. */
    clientId: string;
  };
};

/** A router whose zod validation failures all become the same 400 error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}
