// The measuring pieces of `npm run bench`: wrk runs and their parsing, startup CPU from a cpuprofile, gzip sizes.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Prints a command line the way a reader would type it, so every figure can be reproduced by hand. */
export function show(cmd: string, args: string[], cwd?: string): void {
  const line = [cmd, ...args.map((a) => (/[\s"'$*(),]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a))].join(" ");
  console.log(`$ ${cwd ? `(cd ${cwd} && ${line})` : line}`);
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

export interface Target {
  method?: "GET" | "POST";
  url: string;
  body?: unknown;
}

/**
 * One wrk run (loopback). Latency percentiles come from wrk's --latency distribution. Asynchronous, so servers in
 * this process (the instant fake) keep answering while it runs.
 */
export async function wrk(target: Target, connections: number, seconds: number, scriptDir: string, name: string): Promise<Load> {
  const args = ["-t", String(Math.min(2, connections)), "-c", String(connections), "-d", `${seconds}s`, "--latency", "--timeout", "10s"];
  if (target.method === "POST") {
    const script = `${scriptDir}/${name}.lua`;
    writeFileSync(
      script,
      `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(JSON.stringify(target.body))}\n`,
    );
    args.push("-s", script);
  }
  args.push(target.url);
  show("wrk", args);
  const { stdout } = await promisify(execFile)("wrk", args, { encoding: "utf8" });
  const load = parseWrk(stdout);
  console.log(`  ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ${load.requests} requests, ${load.errors} errors`);
  return load;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

export function parseWrk(out: string): Load {
  const latency = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(out);
    return m ? Number(m[1]) * UNIT_MS[m[2]!]! : NaN;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0);
  return { rps, p50: latency("50"), p99: latency("99"), requests, errors };
}

/**
 * Startup CPU: the sum of the profile's sample intervals whose sample is not "(idle)" (the reference's definition),
 * and the number of such samples. On a busy machine an interval also counts time the thread waited for a core; the
 * sample count (about one per 1.1 ms of running) is the steadier of the two.
 */
export function startupCpu(profilePath: string): { ms: number; samples: number } {
  const p = JSON.parse(readFileSync(profilePath, "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  let us = 0;
  let samples = 0;
  p.samples.forEach((node, i) => {
    if (idle.has(node)) return;
    us += p.timeDeltas[i] ?? 0;
    samples++;
  });
  return { ms: us / 1000, samples };
}

export function gzKB(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Resident memory of a process and all its descendants (workerd runs under wrangler), in MB. */
export function treeRssMB(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const rss = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss(p);
    stack.push(...children(p));
  }
  return total;
}

export function workerdPids(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      if (readFileSync(`/proc/${p}/comm`, "utf8").trim() === "workerd") out.push(p);
      stack.push(...readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // gone
    }
  }
  return out;
}

export { execFileSync };
