import { OpenAPIHono } from "@hono/zod-openapi";
import type { Caller } from "./auth/caller";
import { validationError } from "./errors";

/** Hono's type parameters for every router: the worker bindings and what middleware puts on the context. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** Who is calling and what they may do (auth/caller.ts). Set on every /api request. */
    caller: Caller;
    /** The same as `caller.ownerId` (what generations.client_id stores); kept for older code. */
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
