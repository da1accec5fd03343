// The engine Worker bundled the way it deploys (`wrangler deploy --dry-run`), for the worker tests: they run it
// as the auxiliary worker behind the API's ENGINE service binding (vitest.config.ts). Miniflare runs an auxiliary
// worker as plain JavaScript, so the TypeScript is bundled first; a bundle newer than every source is reused.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

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

/** One value from the engine's wrangler.toml (`key = "text"` or `key = ["a", "b"]`): all the tests need from it. */
function tomlValue(key: string): unknown {
  const m = new RegExp(`^\\s*${key}\\s*=\\s*(".*"|\\[.*\\])\\s*$`, "m").exec(readFileSync(ENGINE_CONFIG, "utf8"));
  if (!m) throw new Error(`packages/engine/wrangler.toml has no ${key}`);
  return JSON.parse(m[1]!);
}

/**
 * The engine Worker as a Miniflare auxiliary worker, built and configured from packages/engine/wrangler.toml: its
 * name is the service the API's ENGINE binding names, and its artwork is its own ASSETS binding.
 */
export function engineTestWorker() {
  return {
    name: tomlValue("name") as string,
    modules: true,
    scriptPath: buildEngineWorker(),
    compatibilityDate: tomlValue("compatibility_date") as string,
    compatibilityFlags: tomlValue("compatibility_flags") as string[],
    assets: { directory: path.join(ENGINE, tomlValue("directory") as string), binding: tomlValue("binding") as string },
  };
}
