// `npm run bench`: the project measured beside its baselines, in one run, under the same conditions.
//
//   npm run bench                       # needs wrk: apt-get install -y wrk (Debian); loopback only
//   BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_SOAK_SECONDS=30 BENCH_STARTUP_RUNS=5 BENCH_UI=1 npm run bench   (the defaults)
//
// Starts, each under its own `wrangler dev` (fresh local state in bench/.state): the project (the API worker with the
// free engine's Worker beside it, scripts/dev-api.ts DEV_CONFIGS), a bare Hono worker,
// a "persist" worker (one DO call, one R2 put, one D1 insert, one KV put), an "R2 get" worker (one 10 KB object
// streamed back), plus an instant local Hugging Face for the budget tier. Load runs in interleaved rounds (every
// scenario once per round) and each figure is the median over rounds. Then startup CPU (`wrangler check startup`,
// the API worker and ../shared/perf-reference copied into bench/.perf-ref, and the engine Worker on its own), bundle
// sizes (the same three), the free engine, audio speed and
// the UI's initial JavaScript. Every measurement prints its command line; the table goes to bench/results.md.
// Absolute figures drift between runs and machines: the ratios measured in the same run are what count.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { devConfigArgs } from "../scripts/dev-api";
import { startInstantHf } from "./fake-hf";
import { execFileSync, gzKB, startupCpu, median, show, treeRssMB, workerdPids, wrk, type Load, type Target } from "./measure";

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH = path.join(ROOT, "bench");
const ENGINE_WORKER = path.join(ROOT, "packages/engine");
const STATE = path.join(BENCH, ".state");
const REF = path.join(BENCH, ".perf-ref");
const REF_SOURCE = path.resolve(ROOT, process.env.PERF_REFERENCE ?? "../shared/perf-reference");
const BIN = path.join(ROOT, "node_modules/.bin");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", CI: "true" };

if (spawnSync("wrk", ["--version"]).error) {
  console.error("npm run bench needs wrk on PATH (Debian/Ubuntu: sudo apt-get install -y wrk; macOS: brew install wrk).");
  process.exit(1);
}
if (!existsSync(path.join(REF_SOURCE, "index.ts"))) {
  console.error(`No startup reference at ${REF_SOURCE} (set PERF_REFERENCE to the perf-reference folder).`);
  process.exit(1);
}
rmSync(STATE, { recursive: true, force: true });
mkdirSync(STATE, { recursive: true });

function run(cmd: string, args: string[], cwd = ROOT): string {
  show(`npx ${cmd}`, args, cwd === ROOT ? undefined : path.relative(ROOT, cwd));
  const r = spawnSync(path.join(BIN, cmd), args, { cwd, env: ENV, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Startup CPU and bundle size: the API worker and the reference, alternately, in this run; then the engine Worker
// (its own isolate, started on the first free generation, not by API requests), measured the same way.
console.log("\n## Startup and bundle\n");
rmSync(REF, { recursive: true, force: true });
mkdirSync(REF, { recursive: true });
for (const f of ["index.ts", "wrangler.toml"]) cpSync(path.join(REF_SOURCE, f), path.join(REF, f));
console.log(`$ mkdir -p bench/.perf-ref && cp ${path.relative(ROOT, REF_SOURCE)}/{index.ts,wrangler.toml} bench/.perf-ref/`);

/** The bundle wrangler would upload from `cwd` (its wrangler.toml), named after its `main` (index.ts -> index.js). */
function bundleKB(cwd: string, out: string, file = "index.js"): { raw: number; gz: number } {
  run("wrangler", ["deploy", "--dry-run", "--outdir", out], cwd);
  return { raw: readFileSync(path.join(out, file)).length / 1024, gz: gzKB(path.join(out, file)) };
}
const bundle = {
  project: bundleKB(ROOT, path.join(STATE, "out-project")),
  reference: bundleKB(REF, path.join(STATE, "out-reference")),
  engine: bundleKB(ENGINE_WORKER, path.join(STATE, "out-engine"), "worker.js"),
};

type Startup = "project" | "reference" | "engine";
const startupRuns: Record<Startup, number[]> = { project: [], reference: [], engine: [] };
const startupSamples: Record<Startup, number[]> = { project: [], reference: [], engine: [] };
for (let i = 0; i < STARTUP_RUNS; i++) {
  for (const [name, cwd] of [["project", ROOT], ["reference", REF], ["engine", ENGINE_WORKER]] as const) {
    const profile = path.join(STATE, `${name}-${i}.cpuprofile`);
    run("wrangler", ["check", "startup", "--outfile", profile], cwd);
    let cpu = startupCpu(profile);
    // Now and then a profile comes back with no busy sample at all (nothing recorded): measure that run again.
    for (let retry = 0; cpu.samples === 0 && retry < 2; retry++) {
      run("wrangler", ["check", "startup", "--outfile", profile], cwd);
      cpu = startupCpu(profile);
    }
    startupRuns[name].push(cpu.ms);
    startupSamples[name].push(cpu.samples);
  }
}
const startup = { project: median(startupRuns.project), reference: median(startupRuns.reference), engine: median(startupRuns.engine) };
const samples = { project: median(startupSamples.project), reference: median(startupSamples.reference), engine: median(startupSamples.engine) };
console.log(
  `startup ms: API worker ${startupRuns.project.map((x) => x.toFixed(1)).join(", ")}; reference ${startupRuns.reference.map((x) => x.toFixed(1)).join(", ")}; engine worker ${startupRuns.engine.map((x) => x.toFixed(1)).join(", ")}`,
);

// ---------------------------------------------------------------------------------------------------------------
// Servers: every worker under its own `wrangler dev`, with fresh local state.
console.log("\n## Servers\n");
const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children) {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
};
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

const hf = await startInstantHf();
console.log(`instant Hugging Face fake on ${hf.origin} (bench/fake-hf.ts)`);

/** `configs`: wrangler's -c arguments; the first config's worker serves the port. */
async function wranglerDev(name: string, configs: string[], extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const [port, inspector] = [await freePort(), await freePort()];
  const persist = path.join(STATE, name);
  const args = ["dev", ...configs, "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector), "--persist-to", persist, "--show-interactive-dev-session=false", "--log-level", "error", ...extra];
  show("npx wrangler", args);
  const log = openSync(path.join(STATE, `${name}.log`), "a");
  const child = spawn(path.join(BIN, "wrangler"), args, { cwd: ROOT, env: ENV, stdio: ["ignore", log, log], detached: true });
  children.push(child);
  return { url: `http://127.0.0.1:${port}`, child };
}

async function waitFor(url: string, child: ChildProcess, name: string, init?: RequestInit) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see bench/.state/${name}.log`);
    try {
      const res = await fetch(url, init);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not answer at ${url}; see bench/.state/${name}.log`);
}

// The project's own settings for the run: no rate or spend limit in the way, every tier open to an anonymous
// caller (the load has no client key), the budget tier on the fake.
const vars = path.join(STATE, "project.vars");
writeFileSync(
  vars,
  ["RATE_LIMIT_PER_MINUTE=1000000000", "ANONYMOUS_RATE_LIMIT_PER_MINUTE=1000000000", "ANONYMOUS_TIERS=all", "ALLOWED_ORIGINS=*", "MONTHLY_SPEND_LIMIT_USD=none", `HF_API_BASE=${hf.origin}/hf-inference`, `HF_HUB_BASE=${hf.origin}`,
    "STABLE_DIFFUSION_KEY=hf_BenchKeyForTheInstantFake0123456789"].join("\n"),
);
run("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", path.join(STATE, "project")]);
// The project as `npm run dev` runs it: the API worker and the engine Worker its free tier calls, in one process.
const project = await wranglerDev("project", devConfigArgs(), ["--env-file", vars]);
const bare = await wranglerDev("bare", ["-c", "bench/baselines/bare.toml"]);
const persist = await wranglerDev("persist", ["-c", "bench/baselines/persist.toml"]);
const r2get = await wranglerDev("r2-get", ["-c", "bench/baselines/r2-get.toml"]);
const fetcher = await wranglerDev("fetch", ["-c", "bench/baselines/fetch.toml"], ["--var", `PROVIDER_URL:${hf.origin}/hf-inference/models/bench`]);
await Promise.all([
  waitFor(`${project.url}/api/media/status`, project.child, "project"),
  waitFor(bare.url, bare.child, "bare"),
  waitFor(persist.url, persist.child, "persist", { method: "POST", body: '{"description":"warm up"}' }),
  waitFor(r2get.url, r2get.child, "r2-get"),
  waitFor(fetcher.url, fetcher.child, "fetch"),
]);

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};
const generate = `${project.url}/api/media/generate`;
const FREE = { description: "Analytics dashboard with 4 cards", tier: "free", cache: false };
const HIT = { description: "a sunset over the sea", tier: "free" };
const BUDGET = { description: "a lighthouse on a cliff at dawn", tier: "budget", cache: false };
const stored = await post(generate, { description: "a mountain landscape", tier: "free" });
await post(generate, HIT);
const budgetCheck = await post(generate, BUDGET);
if (budgetCheck.tier !== "budget") throw new Error(`the budget tier did not serve: ${JSON.stringify(budgetCheck)}`);
const fileUrl = new URL(new URL(String(stored.url)).pathname, project.url).href;
console.log(`stored file for the "stored file" scenario: ${stored.bytes} bytes (${stored.content_type})`);

// ---------------------------------------------------------------------------------------------------------------
// Load: interleaved rounds; every figure is the median over rounds.
interface Scenario {
  name: string;
  target: Target;
  connections: number;
}
const C = 16;
const scenarios: Scenario[] = [
  { name: "bare Hono", target: { url: bare.url }, connections: C },
  { name: "status", target: { url: `${project.url}/api/media/status` }, connections: C },
  { name: "R2 get 10 KB", target: { url: r2get.url }, connections: C },
  { name: "stored file", target: { url: fileUrl }, connections: C },
  { name: "persist", target: { method: "POST", url: persist.url, body: { description: FREE.description } }, connections: C },
  { name: "free generate, cache bypassed", target: { method: "POST", url: generate, body: FREE }, connections: C },
  { name: "cache hit", target: { method: "POST", url: generate, body: HIT }, connections: C },
  { name: "budget generate", target: { method: "POST", url: generate, body: BUDGET }, connections: C },
  { name: "persist, 1 connection", target: { method: "POST", url: persist.url, body: { description: FREE.description } }, connections: 1 },
  { name: "fake Hugging Face direct, 1 connection", target: { method: "POST", url: `${hf.origin}/hf-inference/models/x`, body: { inputs: BUDGET.description } }, connections: 1 },
  { name: "budget generate, 1 connection", target: { method: "POST", url: generate, body: BUDGET }, connections: 1 },
  { name: "worker fetch of the fake, 1 connection", target: { url: fetcher.url }, connections: 1 },
  { name: "worker fetch of the fake", target: { url: fetcher.url }, connections: C },
];

console.log(`\n## Load (wrk, loopback, ${ROUNDS} interleaved rounds of ${SECONDS} s, warm-up 1 s each)\n`);
for (const s of scenarios) await wrk(s.target, s.connections, 1, STATE, `warm-${scenarios.indexOf(s)}`);
const rounds = new Map<string, Load[]>(scenarios.map((s) => [s.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, s] of scenarios.entries()) rounds.get(s.name)!.push(await wrk(s.target, s.connections, SECONDS, STATE, `s${i}`));
}
const load = new Map(
  [...rounds].map(([name, runs]) => [
    name,
    { rps: median(runs.map((x) => x.rps)), p50: median(runs.map((x) => x.p50)), p99: median(runs.map((x) => x.p99)), errors: runs.reduce((n, x) => n + x.errors, 0) },
  ]),
);
const L = (name: string) => load.get(name)!;
// Every request sent to generate, to relate the stored rows and bytes to requests below.
let generateRequests = [...rounds].filter(([name]) => scenarios.find((s) => s.name === name)!.target.url === generate).reduce((n, [, runs]) => n + runs.reduce((m, x) => m + x.requests - x.errors, 0), 0);

// 64 connections on the heaviest free path, three times, interleaved with the persist baseline under the same load:
// errors, and each worker's resident memory after each run. Local D1/R2/KV live in the same workerd process and grow
// with every stored row and file, so "flat" means: the project grows no more than the persist worker does.
const soak: { project: { errors: number; rssMB: number }[]; persist: { errors: number; rssMB: number }[] } = { project: [], persist: [] };
const rssOf = (child: ChildProcess) => workerdPids(child.pid!).reduce((n, pid) => n + treeRssMB(pid), 0);
if (SOAK_SECONDS > 0) {
  console.log(`\n## Soak (64 connections, ${SOAK_SECONDS} s, three runs each, interleaved with persist)\n`);
  for (let i = 0; i < 3; i++) {
    for (const [name, target, child] of [
      ["project", { method: "POST", url: generate, body: FREE }, project.child],
      ["persist", { method: "POST", url: persist.url, body: { description: FREE.description } }, persist.child],
    ] as const) {
      if (child.exitCode !== null) throw new Error(`${name} under wrangler dev exited during the soak; see bench/.state/${name}.log`);
      const res = await wrk(target, 64, SOAK_SECONDS, STATE, `soak-${name}`);
      if (name === "project") generateRequests += res.requests - res.errors;
      await new Promise((r) => setTimeout(r, 1000));
      soak[name].push({ errors: res.errors, rssMB: rssOf(child) });
      console.log(`soak ${name} ${i + 1}: ${res.requests} requests, ${res.errors} errors, workerd RSS ${soak[name].at(-1)!.rssMB.toFixed(0)} MB`);
    }
  }
}

// What the run left in D1 (rows and bytes per generation), for docs/scaling.md. Warm-ups are not counted in
// generateRequests, so the per-request figures slightly overstate (by the warm-up share).
const d1 = JSON.parse(
  run("wrangler", ["d1", "execute", "DB", "--local", "--persist-to", path.join(STATE, "project"), "--json", "--command",
    "SELECT (SELECT count(*) FROM generations) AS rows, (SELECT sum(cached) FROM generations) AS hits, (SELECT sum(bytes) FROM generations WHERE cached = 0) AS r2_bytes, (SELECT count(*) FROM generations WHERE cached = 0) AS files"]),
) as { results: { rows: number; hits: number; r2_bytes: number; files: number }[] }[];
// The database file on disk (D1 refuses PRAGMA page_count); the WAL is left out (SQLite checkpoints it into the file).
const sqliteBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? sqliteBytes(path.join(dir, e.name)) : /^[0-9a-f]{64}\.sqlite$/.test(e.name) ? statSync(path.join(dir, e.name)).size : 0),
    0,
  );
const footprint = { ...d1[0]!.results[0]!, db_bytes: sqliteBytes(path.join(STATE, "project", "v3", "d1")) };
console.log(`D1 after the run: ${JSON.stringify(footprint)}; generate requests answered (without warm-ups): ${generateRequests}`);

// ---------------------------------------------------------------------------------------------------------------
// The free engine per kind and audio speed (vitest bench in packages/engine).
console.log("\n## Engine\n");
const engineJson = path.join(STATE, "engine.json");
run("vitest", ["bench", "--run", "--project", "engine", "--outputJson", engineJson]);
interface BenchResult { name: string; mean: number; hz: number }
const engine: BenchResult[] = (JSON.parse(readFileSync(engineJson, "utf8")) as { files: { groups: { benchmarks: BenchResult[] }[] }[] }).files.flatMap((f) =>
  f.groups.flatMap((g) => g.benchmarks.map((b) => ({ name: b.name, mean: b.mean, hz: b.hz }))),
);
const audioSpeed = engine
  .filter((b) => b.name.startsWith("audio:"))
  .map((b) => ({ name: b.name, x: Number(/([\d.]+) s$/.exec(b.name)?.[1] ?? NaN) / (b.mean / 1000) }));

// ---------------------------------------------------------------------------------------------------------------
// The UI's initial JavaScript for /media, as a browser loads it from the built app (same method as the e2e test).
console.log("\n## UI\n");
let uiKB = NaN;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (process.env.BENCH_UI === "0") {
  console.log("BENCH_UI=0: skipping the UI measurement");
} else if (existsSync(chromium)) {
  run("vite", ["build", "--logLevel", "warn"], path.join(ROOT, "web"));
  const port = await freePort();
  show(`PREVIEW_PORT=${port} API_PROXY_TARGET=${project.url} npx vite preview`, [], "web");
  const preview = spawn(path.join(BIN, "vite"), ["preview"], { cwd: path.join(ROOT, "web"), env: { ...ENV, PREVIEW_PORT: String(port), API_PROXY_TARGET: project.url }, stdio: "ignore", detached: true });
  children.push(preview);
  await waitFor(`http://127.0.0.1:${port}/media`, preview, "vite preview");
  const { launch } = await import("../web/e2e/browser");
  const browser = await launch(chromium);
  const page = await browser.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.set(r.url(), r.body());
  });
  await page.goto(`http://127.0.0.1:${port}/media`, { waitUntil: "networkidle" });
  uiKB = (await Promise.all(scripts.values())).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024;
  console.log(`chromium: /media loaded ${scripts.size} scripts, ${uiKB.toFixed(1)} KB gzipped`);
  await browser.close();
} else {
  console.log(`${chromium} not found: skipping the UI measurement (apt-get install -y chromium)`);
}
stopAll();
hf.server.close();

// ---------------------------------------------------------------------------------------------------------------
// The table.
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "n/a");
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "n/a");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
const mark = (ok: boolean) => (ok ? "yes" : "**no**");
const rows: string[] = [];
const ratioRow = (name: string, baseline: string, min: number) => {
  const a = L(name);
  const b = L(baseline);
  const ratio = a.rps / b.rps;
  rows.push(`| ${name} | ${C} | ${f0(a.rps)} | ${f1(a.p50)} | ${f1(a.p99)} | ${baseline} (${f0(b.rps)} req/s) | ${f2(ratio)}x | >= ${min}x | ${mark(ratio >= min && a.errors === 0)} |`);
};
ratioRow("status", "bare Hono", 0.9);
ratioRow("stored file", "R2 get 10 KB", 0.8);
ratioRow("free generate, cache bypassed", "persist", 0.9);
ratioRow("cache hit", "persist", 1.0);
ratioRow("budget generate", "persist", 0.8);
const b1 = L("budget generate, 1 connection");
const floor = L("fake Hugging Face direct, 1 connection").p50 + L("persist, 1 connection").p50;
rows.push(
  `| budget generate | 1 | ${f0(b1.rps)} | ${f1(b1.p50)} | ${f1(b1.p99)} | fake direct p50 + persist p50 = ${f1(floor)} ms | +${f1(b1.p50 - floor)} ms | <= +2 ms | ${mark(b1.p50 - floor <= 2 && b1.errors === 0)} |`,
);
const baselineRows = ["bare Hono", "R2 get 10 KB", "persist", "persist, 1 connection", "fake Hugging Face direct, 1 connection", "worker fetch of the fake, 1 connection", "worker fetch of the fake"].map((name) => {
  const a = L(name);
  return `| ${name} | ${name.includes("1 connection") ? 1 : C} | ${f0(a.rps)} | ${f1(a.p50)} | ${f1(a.p99)} |`;
});

const startupRatio = startup.project / startup.reference;
const growth = (runs: { rssMB: number }[]) => runs[2]!.rssMB - runs[0]!.rssMB;
const soakRan = soak.project.length === 3 && soak.persist.length === 3;
const soakOk = soakRan && soak.project.every((s) => s.errors === 0) && growth(soak.project) <= Math.max(growth(soak.persist), soak.project[0]!.rssMB * 0.05);
const cpu = os.cpus();
const table = `# Benchmark results

${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpu.length} x ${cpu[0]?.model.trim() ?? "cpu"}, Node ${process.version}; every server under \`wrangler dev\` on loopback.
wrk, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians over rounds. Reproduce: \`npm run bench\` (the command lines are in its output).

## Throughput and latency against baselines

| scenario | conns | req/s | p50 ms | p99 ms | baseline | ratio | target | met |
|---|---:|---:|---:|---:|---|---:|---|---|
${rows.join("\n")}

Baselines (bench/baselines): bare Hono worker; persist = one DO call + one R2 put (6 KB) + one D1 insert + one KV put; R2 get = one 10 KB object streamed back; fake = bench/fake-hf.ts (a 120 KB PNG); worker fetch = a worker that only fetches the fake's PNG and reads it (the outbound hop the budget tier cannot avoid, which the issue's budget floor does not count).

| baseline | conns | req/s | p50 ms | p99 ms |
|---|---:|---:|---:|---:|
${baselineRows.join("\n")}

## Startup and size

| measure | project | reference | ratio | target | met |
|---|---:|---:|---:|---|---|
| API worker startup CPU, ms (\`wrangler check startup\`, busy samples, median of ${STARTUP_RUNS}) | ${f1(startup.project)} | ${f1(startup.reference)} | ${f2(startupRatio)}x | <= 0.5x | ${mark(startupRatio <= 0.5)} |
| API worker startup CPU, busy samples (same profiles, median; steadier under load) | ${f0(samples.project)} | ${f0(samples.reference)} | ${f2(samples.project / samples.reference)}x | <= 0.5x | ${mark(samples.project / samples.reference <= 0.5)} |
| API worker bundle, KB gzipped (\`wrangler deploy --dry-run --outdir\`, gzip -9) | ${f1(bundle.project.gz)} | ${f1(bundle.reference.gz)} | ${f2(bundle.project.gz / bundle.reference.gz)}x | <= 100 KB | ${mark(bundle.project.gz <= 100)} |
| API worker bundle, KB raw | ${f0(bundle.project.raw)} | ${f0(bundle.reference.raw)} | | | |
| engine worker startup CPU, ms (packages/engine, \`wrangler check startup\`, median of ${STARTUP_RUNS}; busy samples) | ${f1(startup.engine)} (${f0(samples.engine)}) | | | | |
| engine worker bundle, KB gzipped (raw) (packages/engine, \`wrangler deploy --dry-run --outdir\`, gzip -9) | ${f1(bundle.engine.gz)} (${f0(bundle.engine.raw)}) | | | | |
| /media initial JavaScript, KB gzipped (Chromium, built UI) | ${f1(uiKB)} | | | <= 55 KB | ${mark(uiKB <= 55)} |
| 64 connections x ${SOAK_SECONDS} s x 3 (free generate; persist beside it): errors; workerd RSS MB after each run | ${soakRan ? `${soak.project.reduce((n, s) => n + s.errors, 0)}; ${soak.project.map((s) => f0(s.rssMB)).join(" / ")}` : "skipped"} | ${soakRan ? `persist: ${soak.persist.reduce((n, s) => n + s.errors, 0)}; ${soak.persist.map((s) => f0(s.rssMB)).join(" / ")}` : ""} | | 0 errors, flat (grows no more than persist) | ${soakRan ? mark(soakOk) : "n/a"} |

Startup runs, busy ms (samples): API worker ${startupRuns.project.map((x, i) => `${f1(x)} (${startupSamples.project[i]})`).join(", ")}; reference ${startupRuns.reference.map((x, i) => `${f1(x)} (${startupSamples.reference[i]})`).join(", ")}; engine worker ${startupRuns.engine.map((x, i) => `${f1(x)} (${startupSamples.engine[i]})`).join(", ")}.

## Storage left by the run (local D1)

${footprint.rows} generation rows for ${generateRequests} answered generate requests (plus warm-ups); ${footprint.hits} of them cache hits.
D1 database ${f0(footprint.db_bytes / 1024)} KB: about ${f0(footprint.db_bytes / Math.max(1, footprint.rows))} bytes per row, indexes included.
R2: ${footprint.files} files, ${f0(footprint.r2_bytes / Math.max(1, footprint.files))} bytes each on average (free SVGs and the fake's PNG).

## Free engine (vitest bench, packages/engine, Node)

| case | mean ms | per second |
|---|---:|---:|
${engine.map((b) => `| ${b.name} | ${b.mean.toFixed(2)} | ${f0(b.hz)} |`).join("\n")}

Audio speed (seconds of sound per second of CPU): ${audioSpeed.map((a) => `${a.name.replace("audio: ", "")} ${f0(a.x)}x`).join(", ")}.
`;
writeFileSync(path.join(BENCH, "results.md"), table);
console.log(`\n${table}\nwritten to bench/results.md`);
process.exit(0);
