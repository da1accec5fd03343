// The engine Worker bundled the way it deploys (`wrangler deploy --dry-run`), for the worker tests: they run it
// as the auxiliary worker behind the API's ENGINE service binding (vitest.config.ts). Miniflare runs an auxiliary
// worker as plain JavaScript, so the TypeScript is bundled first; a bundle newer than every source is reused.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { unstable_readConfig } from "wrangler";

const ROOT = path.resolve(import.meta.dirname, "..");
const ENGINE = path.join(ROOT, "packages/engine");
export const ENGINE_CONFIG = path.join(ENGINE, "wrangler.toml");
export const ENGINE_TEST_OUT = path.join(ROOT, ".wrangler/engine-test");

/** The newest modification time of the sources the bundle is built from (the artwork is served, not bundled). */
function newestSource(): number {
  const files = [ENGINE_CONFIG, path.join(ENGINE, "worker.ts"), path.join(ENGINE, "worker-input.ts"), path.join(ENGINE, "package.json")];
  for (const entry of readdirSync(path.join(ENGINE, "src"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
  }
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Bundles the engine Worker into `outDir` unless an up-to-date bundle is there; returns the bundle's path. */
export function buildEngineWorker(outDir = ENGINE_TEST_OUT): string {
  const script = path.join(outDir, "worker.js");
  if (existsSync(script) && statSync(script).mtimeMs > newestSource()) return script;
  const run = spawnSync(path.join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", outDir, "-c", ENGINE_CONFIG], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`bundling the engine Worker failed:\n${run.stdout}\n${run.stderr}`);
  return script;
}

/**
 * The engine Worker as a Miniflare auxiliary worker, built and configured from packages/engine/wrangler.toml: its
 * name is the service the API's ENGINE binding names, and its artwork is its own ASSETS binding.
 */
export function engineTestWorker() {
  // Read by wrangler itself, as `wrangler dev` and deploy read it.
  const config = unstable_readConfig({ config: ENGINE_CONFIG });
  if (!config.name || !config.assets?.directory || !config.assets.binding || !config.compatibility_date) {
    throw new Error("packages/engine/wrangler.toml needs name, compatibility_date and [assets] directory and binding");
  }
  return {
    name: config.name,
    modules: true,
    scriptPath: buildEngineWorker(),
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    assets: { directory: path.join(ENGINE, config.assets.directory), binding: config.assets.binding },
  };
}
