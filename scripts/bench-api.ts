// API benchmark: bundles the worker exactly as `wrangler deploy` would, starts it with Miniflare
// (real workerd, in-memory D1/R2/KV/DO), and drives it over real loopback HTTP.
// Usage: npm run bench   (figures drift between runs: compare ratios measured in the same run)
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";

const root = path.resolve(import.meta.dirname, "..");
const outdir = mkdtempSync(path.join(tmpdir(), "edge-media-bench-"));
execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: root, stdio: "ignore", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
const script = readFileSync(path.join(outdir, "index.js"));
console.log(`worker bundle: ${(script.length / 1024).toFixed(0)} KB, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);

const mf = new Miniflare({
  modules: true,
  scriptPath: path.join(outdir, "index.js"),
  modulesRoot: outdir,
  compatibilityDate: "2026-04-01",
  compatibilityFlags: ["nodejs_compat"],
  d1Databases: { DB: "bench" },
  r2Buckets: ["MEDIA"],
  kvNamespaces: ["CACHE"],
  durableObjects: { LIMITER: { className: "Limiter", useSQLite: true } },
  bindings: { ALLOWED_ORIGINS: "*", RATE_LIMIT_PER_MINUTE: "1000000000", CACHE_TTL_SECONDS: "604800" },
});
const base = await mf.ready;
const db = await mf.getD1Database("DB");
for (const file of readdirSync(path.join(root, "drizzle")).filter((f) => f.endsWith(".sql")).sort()) {
  for (const stmt of readFileSync(path.join(root, "drizzle", file), "utf8").split("--> statement-breakpoint")) {
    if (stmt.trim()) await db.prepare(stmt).run();
  }
}

async function measure(name: string, total: number, concurrency: number, request: (i: number) => Promise<Response>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const res = await request(i);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(`${name.padEnd(36)} ${(total / seconds).toFixed(0).padStart(6)} req/s   p50 ${pct(0.5)} ms   p95 ${pct(0.95)} ms`);
}

const post = (body: unknown) => fetch(new URL("/api/media/generate", base), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

console.log(`${"endpoint (8 concurrent)".padEnd(36)}  throughput    latency`);
await measure("GET /api/media/status", 400, 8, () => fetch(new URL("/api/media/status", base)));
await measure("POST generate, free image, no cache", 300, 8, (i) => post({ description: `a dashboard with ${i} cards`, cache: false }));
await post({ description: "a sunset over the sea" });
await measure("POST generate, cache hit", 300, 8, () => post({ description: "a sunset over the sea" }));
await measure("GET /api/media/history?limit=50", 300, 8, () => fetch(new URL("/api/media/history?limit=50", base)));
await measure("GET /api/media/usage", 300, 8, () => fetch(new URL("/api/media/usage", base)));
await mf.dispose();
