// Lets Node load the worker's modules to read its OpenAPI document (scripts/openapi.mjs): `cloudflare:workers`
// exists only inside workerd, and nothing that writes the document runs any of it.
import { register } from "node:module";

const STUB = `export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }
export class WorkerEntrypoint extends DurableObject {}
export const env = {};`;

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "cloudflare:workers") return { url: "data:text/javascript,${encodeURIComponent(STUB)}", shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
