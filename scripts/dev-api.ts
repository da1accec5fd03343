// `npm run dev:api`: one `wrangler dev` running the API and the engine Worker (DEV_CONFIGS), with the local defaults
// below, each passed as --var only when the developer's own vars file does not set it. wrangler's order (lowest
// first) is wrangler.toml [vars], then .dev.vars (or, without one, .env / .env.local), then --var; so a --var would
// beat .dev.vars, and we leave out any key it sets.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** On a developer's machine the single local user may use every tier, at today's rate (wrangler.toml keeps "free"). */
export const LOCAL_DEFAULTS: Record<string, string> = { ANONYMOUS_TIERS: "all", ANONYMOUS_RATE_LIMIT_PER_MINUTE: "30" };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The workers one local `wrangler dev` runs, relative to the repository root: the API first (the primary, serving
 * the port), then the free engine's Worker its ENGINE service binding calls. e2e and bench start the same set.
 */
export const DEV_CONFIGS = ["wrangler.toml", "packages/engine/wrangler.toml"] as const;

/** DEV_CONFIGS as `wrangler dev` arguments. */
export const devConfigArgs = (): string[] => DEV_CONFIGS.flatMap((config) => ["-c", config]);

/** Keys set by the file wrangler dev will read: .dev.vars if it exists, else .env and .env.local. */
export function keysSetLocally(root = ROOT): Set<string> {
  const devVars = path.join(root, ".dev.vars");
  const files = existsSync(devVars) ? [devVars] : [".env", ".env.local"].map((f) => path.join(root, f)).filter(existsSync);
  const keys = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, "utf8").matchAll(/^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/gm)) keys.add(m[1]!);
  }
  return keys;
}

export function localVarArgs(root = ROOT): string[] {
  const set = keysSetLocally(root);
  return Object.entries(LOCAL_DEFAULTS).flatMap(([k, v]) => (set.has(k) ? [] : ["--var", `${k}:${v}`]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = ["dev", ...devConfigArgs(), "--ip", "127.0.0.1", "--port", "8787", "--show-interactive-dev-session=false", ...localVarArgs(), ...process.argv.slice(2)];
  const child = spawn(path.join(ROOT, "node_modules/.bin/wrangler"), args, { cwd: ROOT, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
