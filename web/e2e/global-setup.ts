import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { devConfigArgs } from "../../scripts/dev-api";
import { startFakeServer } from "../../scripts/fakes";

// Browser tests need a real Chromium, the built UI and the real workers under `wrangler dev` with a fresh local state.
// Everything starts once here, on free ports, and is torn down at the end.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.resolve(import.meta.dirname, "../..");
const WEB = path.join(ROOT, "web");
const BIN = path.join(ROOT, "node_modules/.bin");

export interface E2EContext {
  skip: string | null;
  baseURL: string;
  apiURL: string;
  fakesURL: string | null;
  adminToken: string;
  /** A Hugging Face token the fake accepts; any other well-formed one is refused with the provider's reason. */
  goodHfKey: string;
  chromium: string;
  /** The running worker (its process group) and how to start it again, for the test that stops the API mid-way. */
  worker: { pid: number; command: string; args: string[]; cwd: string; env: Record<string, string>; restartedPidFile: string } | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited (${child.exitCode})\n${tail(log)}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${tail(log)}`);
}

const tail = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-30).join("\n") : "");

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(path.join(BIN, cmd), args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

export default async function setup(project: TestProject) {
  const skipped: E2EContext = { skip: null, baseURL: "", apiURL: "", fakesURL: null, adminToken: "", goodHfKey: "", chromium: CHROMIUM, worker: null };
  if (!existsSync(CHROMIUM)) {
    const reason = `${CHROMIUM} not found: skipping the browser tests (apt-get install -y chromium to run them)`;
    console.log(`e2e: ${reason}`);
    project.provide("e2e", { ...skipped, skip: reason });
    return;
  }

  const state = mkdtempSync(path.join(tmpdir(), "edge-media-e2e-"));
  const children: ChildProcess[] = [];
  const started = Date.now();
  const env = { WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" };
  const spawnLogged = (name: string, cmd: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) => {
    const log = path.join(state, `${name}.log`);
    const fd = openSync(log, "a");
    const child = spawn(path.join(BIN, cmd), args, { cwd, env: { ...process.env, ...env, ...extra }, stdio: ["ignore", fd, fd], detached: true });
    children.push(child);
    return { child, log };
  };
  let closeFakes = () => {};
  // A test that stops the worker and starts it again (API-down) leaves the new one running for the files after
  // it, and names its pid here so it is stopped with the rest.
  const restartedPidFile = path.join(state, "worker-restarted.pid");
  const teardown = () => {
    closeFakes();
    if (existsSync(restartedPidFile)) {
      try {
        process.kill(-Number(readFileSync(restartedPidFile, "utf8")), "SIGTERM");
      } catch {
        // already gone
      }
    }
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(state, { recursive: true, force: true });
  };

  try {
    const [apiPort, inspectorPort, webPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const adminToken = "e2e-admin-token";
    const goodHfKey = "hf_E2eGoodKeyForTheFakeProvider0123";
    // The fake Hugging Face and Runway (the same ones the worker tests use), refusing every key but the good one.
    const fake = await startFakeServer(0);
    fake.fakes.hf.acceptAnyKey = false;
    fake.fakes.hf.validKeys.add(goodHfKey);
    closeFakes = () => fake.server.close();
    // The test's own variables: never the developer's .dev.vars. A short synchronous wait turns a slow
    // (fake) Runway task into a 202 job, so the browser sees real progress and can cancel.
    const vars = path.join(state, "e2e.vars");
    writeFileSync(
      vars,
      [`ADMIN_TOKEN=${adminToken}`, `KEY_ENCRYPTION_SECRET=e2e-secret-0123456789abcdef0123456789abcdef`, "RATE_LIMIT_PER_MINUTE=1000", "ALLOWED_ORIGINS=*",
        // As under `npm run dev`: the browser, without a key, may use every tier (wrangler.toml deploys "free").
        "ANONYMOUS_TIERS=all", "ANONYMOUS_RATE_LIMIT_PER_MINUTE=1000",
        `HF_API_BASE=${fake.origin}/hf-inference`, `HF_HUB_BASE=${fake.origin}`, `RUNWAY_API_BASE=${fake.origin}`, "RUNWAY_POLL_INTERVAL_MS=500", "SYNC_WAIT_MS=1200"].join("\n"),
    );

    // Build the UI while the API starts.
    // NODE_ENV=production: vitest sets "test", which would build Svelte's dev mode rather than what users get.
    const build = spawnLogged("build", "vite", ["build", "--logLevel", "warn"], WEB, { NODE_ENV: "production" });
    run("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], ROOT, env);
    // The API and the engine Worker its free tier calls, in one `wrangler dev` as under `npm run dev`.
    const workerArgs = [
      "dev", ...devConfigArgs(), "--ip", "127.0.0.1", "--port", String(apiPort), "--inspector-port", String(inspectorPort),
      "--persist-to", state, "--env-file", vars, "--show-interactive-dev-session=false", "--log-level", "warn",
    ];
    const api = spawnLogged("wrangler", "wrangler", workerArgs, ROOT);
    const apiURL = `http://127.0.0.1:${apiPort}`;
    const built = await new Promise<number | null>((resolve) => build.child.on("exit", resolve));
    if (built !== 0) throw new Error(`vite build failed\n${tail(build.log)}`);

    const preview = spawnLogged("preview", "vite", ["preview"], WEB, { PREVIEW_PORT: String(webPort), API_PROXY_TARGET: apiURL });
    const baseURL = `http://127.0.0.1:${webPort}`;
    await Promise.all([waitFor(`${apiURL}/api/media/status`, api.child, api.log), waitFor(`${baseURL}/media`, preview.child, preview.log)]);
    console.log(`e2e: UI ${baseURL}, API ${apiURL} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const worker = { pid: api.child.pid!, command: path.join(BIN, "wrangler"), args: workerArgs, cwd: ROOT, env, restartedPidFile };
    project.provide("e2e", { skip: null, baseURL, apiURL, fakesURL: fake.origin, adminToken, goodHfKey, chromium: CHROMIUM, worker });
  } catch (err) {
    teardown();
    throw err;
  }
  return teardown;
}
