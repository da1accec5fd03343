// Fails when modules import each other in a circle (type-only imports count: they still tie the two files'
// designs together). Reads relative imports of the worker, the engine package (and its Worker), the UI and the scripts.
// Usage: node scripts/check-cycles.mjs [dir ...]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIRS = process.argv.slice(2).length ? process.argv.slice(2) : ["worker/src", "worker/test", "packages/engine", "web/src", "scripts"];
const EXTENSIONS = [".ts", ".mts", ".js", ".mjs", ".svelte"];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? files(full) : EXTENSIONS.some((e) => name.endsWith(e)) ? [full] : [];
  });
}

/** A relative specifier as the bundler resolves it: the file itself, with an extension, or a folder's index. */
function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;
const graph = new Map();
for (const dir of DIRS.map((d) => path.join(ROOT, d)).filter(existsSync)) {
  for (const file of files(dir)) {
    const deps = new Set();
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec?.startsWith(".")) {
        const target = resolve(file, spec);
        if (target) deps.add(target);
      }
    }
    graph.set(file, deps);
  }
}

// Depth-first search; a grey node reached again closes a circle.
const state = new Map();
const cycles = [];
function visit(node, stack) {
  state.set(node, "grey");
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === "grey") cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, stack);
  }
  stack.pop();
  state.set(node, "black");
}
for (const node of graph.keys()) if (!state.has(node)) visit(node, []);

const rel = (f) => path.relative(ROOT, f);
if (cycles.length) {
  console.error(`${cycles.length} import circle(s):`);
  for (const c of cycles) console.error(`  ${c.map(rel).join(" -> ")}`);
  process.exitCode = 1;
} else {
  console.log(`no import circles among ${graph.size} modules`);
}
