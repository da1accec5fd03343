import { OpenAPIHono } from "@hono/zod-openapi";
import type { KeyRecord } from "./auth/keys";
import { validationError } from "./errors";

/**
 * Who is calling. Set on every /api request by `identifyCaller`; read it with `c.get("caller")`.
 * - admin: the ADMIN_TOKEN as a bearer: the operator, sees everything.
 * - key: a client key (`Authorization: Bearer emk_...`), valid, not revoked, not expired.
 * - anonymous: no Authorization header; one identity per connecting IP.
 * `ownerId` is what generations.client_id stores and what limits and the prompt cache are keyed by:
 * "admin", "key:<key id>", "ip:<address>" (or "local" when no address is known, e.g. in tests).
 */
export type Caller =
  | { kind: "admin"; ownerId: "admin" }
  | { kind: "key"; ownerId: string; key: KeyRecord }
  | { kind: "anonymous"; ownerId: string; ip: string | null };

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
