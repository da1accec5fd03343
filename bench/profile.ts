// Where the worker's startup CPU goes, by module:  npx tsx bench/profile.ts [runs=4]
// Builds the worker unminified (so functions keep their names and esbuild's `// node_modules/...` markers say which
// module each line came from), profiles its startup `runs` times with `wrangler check startup`, and sums the busy
// samples per module (self time) and per top-level call (inclusive time, e.g. one schema factory).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { show } from "./measure";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench/.state/profile");
const RUNS = Number(process.argv[2] ?? 4);
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false" };
mkdirSync(OUT, { recursive: true });

function wrangler(args: string[]) {
  show("npx wrangler", args);
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/wrangler"), args, { cwd: ROOT, env: ENV, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

wrangler(["deploy", "--dry-run", "--no-minify", "--outdir", OUT]);
const lines = readFileSync(path.join(OUT, "index.js"), "utf8").split("\n");
const owner: string[] = [];
let current = "(esbuild runtime)";
lines.forEach((line, i) => {
  const m = /^\/\/ (\S+\.(?:js|mjs|ts))$/.exec(line);
  if (m) current = m[1]!.replace(/^.*node_modules\//, "").split("/").slice(0, 3).join("/");
  owner[i] = current;
});

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (let run = 0; run < RUNS; run++) {
  const file = path.join(OUT, `startup-${run}.cpuprofile`);
  wrangler(["check", "startup", "--args=--no-minify", "--outfile", file]);
  const p = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  p.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)") return;
    const ms = (p.timeDeltas[i] ?? 0) / 1000 / RUNS;
    const line = node.callFrame.lineNumber;
    add(self, line >= 0 && node.callFrame.url ? owner[line] ?? "?" : node.callFrame.functionName || "(top level)", ms);
    // Inclusive: the frame called directly by the bundle's top-level code (a schema factory, a table, a route).
    const chain: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.unshift(byId.get(at)!);
    const top = chain.findIndex((n) => n.callFrame.functionName === "" && n.callFrame.url);
    const below = top >= 0 ? chain[top + 1] : undefined;
    add(inclusive, below ? `${owner[below.callFrame.lineNumber] ?? "?"} ${below.callFrame.functionName}` : top >= 0 ? "(top-level code itself)" : node.callFrame.functionName, ms);
  });
}
const table = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`).join("\n");
console.log(`\nStartup CPU by module (self time, mean of ${RUNS} runs):\n${table(self)}`);
console.log(`\nBy direct callee of the top-level code (inclusive):\n${table(inclusive)}`);
