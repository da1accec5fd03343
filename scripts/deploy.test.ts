import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// `npm run deploy` against a fake wrangler that keeps an account's state in a JSON file: what the script asks
// wrangler to do on a fresh account, and on one where everything already exists.

const SCRIPT = path.join(import.meta.dirname, "deploy.mjs");
const ROOT = path.resolve(import.meta.dirname, "..");

const FAKE_WRANGLER = `#!/usr/bin/env node
const fs = require("node:fs");
const state = JSON.parse(fs.readFileSync(process.env.FAKE_STATE, "utf8"));
const args = process.argv.slice(2);
state.calls.push({ args, cwd: process.cwd() });
const out = (record) => process.env.WRANGLER_OUTPUT_FILE_PATH && fs.appendFileSync(process.env.WRANGLER_OUTPUT_FILE_PATH, JSON.stringify(record) + "\\n");
const cmd = args.slice(0, 2).join(" ");
if (cmd === "d1 list") console.log("banner line\\n" + JSON.stringify(state.d1));
else if (cmd === "d1 create") state.d1.push({ name: args[2], uuid: "11111111-2222-3333-4444-555555555555" });
else if (cmd === "d1 migrations") state.migrationsConfig = JSON.parse(fs.readFileSync(args[args.indexOf("--config") + 1], "utf8"));
else if (cmd === "queues list") console.log("┌─────┐\\n" + state.queues.map((q) => "│ " + q + " │").join("\\n"));
else if (cmd === "queues create") state.queues.push(args[2]);
else if (args[0] === "pages" && args[2] === "list") console.log(JSON.stringify(state.pages));
else if (args[0] === "pages" && args[2] === "create") state.pages.push({ "Project Name": args[3], "Project Domains": args[3] + "-x1y.pages.dev" });
else if (cmd === "deploy --var") out({ type: "deploy", targets: ["https://edge-media.acct.workers.dev"] });
else if (cmd === "pages deploy") out({ type: "pages-deploy", url: "https://abc123.edge-media-web-x1y.pages.dev" });
fs.writeFileSync(process.env.FAKE_STATE, JSON.stringify(state));
`;

const FAKE_NPM = `#!/usr/bin/env node
const fs = require("node:fs");
const state = JSON.parse(fs.readFileSync(process.env.FAKE_STATE, "utf8"));
state.calls.push({ npm: process.argv.slice(2), apiBase: process.env.PUBLIC_API_BASE });
fs.writeFileSync(process.env.FAKE_STATE, JSON.stringify(state));
`;

interface State {
  d1: { name: string; uuid: string }[];
  pages: Record<string, string>[];
  queues: string[];
  calls: { args?: string[]; cwd?: string; npm?: string[]; apiBase?: string }[];
  migrationsConfig?: { d1_databases: { database_name: string; database_id: string; migrations_dir: string }[] };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "deploy-test-"));
  for (const [name, text] of [["wrangler", FAKE_WRANGLER], ["npm", FAKE_NPM]] as const) {
    writeFileSync(path.join(dir, name), text);
    chmodSync(path.join(dir, name), 0o755);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deploy(initial: Omit<State, "calls">) {
  const stateFile = path.join(dir, "state.json");
  writeFileSync(stateFile, JSON.stringify({ ...initial, calls: [] }));
  const run = spawnSync(process.execPath, [SCRIPT], {
    encoding: "utf8",
    env: { ...process.env, FAKE_STATE: stateFile, WRANGLER: path.join(dir, "wrangler"), NPM: path.join(dir, "npm"), ALLOWED_ORIGINS: "" },
  });
  return { run, state: JSON.parse(readFileSync(stateFile, "utf8")) as State };
}

const commands = (state: State) => state.calls.map((c) => (c.npm ? `npm ${c.npm.join(" ")}` : c.args!.join(" ")));

describe("npm run deploy (scripts/deploy.mjs)", { timeout: 30_000 }, () => {
  it("on a fresh account creates the database and the Pages project, migrates before deploying, and points the UI at the worker", () => {
    const { run, state } = deploy({ d1: [], pages: [], queues: [] });
    expect(run.status, run.stderr).toBe(0);
    expect(commands(state)).toEqual([
      "d1 list --json",
      "d1 create edge-media",
      "d1 list --json",
      expect.stringMatching(/^d1 migrations apply DB --remote --config .*d1\.json$/),
      "queues list",
      "queues create edge-media-webhooks",
      "queues create edge-media-webhooks-dlq",
      "pages project list --json",
      "pages project create edge-media-web --production-branch main",
      "pages project list --json",
      "deploy -c packages/engine/wrangler.toml",
      "deploy --var ALLOWED_ORIGINS:https://edge-media-web-x1y.pages.dev",
      "npm run build:web",
      "pages deploy .svelte-kit/cloudflare --project-name edge-media-web --branch main",
    ]);
    // The throwaway migrations config names the created database and the repository's migrations folder.
    expect(state.migrationsConfig!.d1_databases[0]).toMatchObject({
      database_name: "edge-media",
      database_id: "11111111-2222-3333-4444-555555555555",
      migrations_dir: path.join(ROOT, "drizzle"),
    });
    expect(state.calls.find((c) => c.npm)!.apiBase).toBe("https://edge-media.acct.workers.dev");
    expect(state.calls.at(-1)!.cwd).toBe(path.join(ROOT, "web"));
    expect(run.stdout).toContain("API: https://edge-media.acct.workers.dev/api/docs");
    expect(run.stdout).toContain("UI:  https://edge-media-web-x1y.pages.dev/media");
  });

  it("on an account that has everything creates nothing", () => {
    const { run, state } = deploy({
      d1: [{ name: "edge-media", uuid: "99999999-0000-0000-0000-000000000000" }],
      pages: [{ "Project Name": "edge-media-web", "Project Domains": "edge-media-web.pages.dev, media.example.com" }],
      queues: ["edge-media-webhooks", "edge-media-webhooks-dlq"],
    });
    expect(run.status, run.stderr).toBe(0);
    expect(commands(state).filter((c) => / create /.test(c))).toEqual([]);
    expect(state.migrationsConfig!.d1_databases[0]!.database_id).toBe("99999999-0000-0000-0000-000000000000");
    expect(commands(state)).toContain("deploy --var ALLOWED_ORIGINS:https://edge-media-web.pages.dev");
  });

  it("deploys the engine Worker before the API worker whose ENGINE binding names it, from the repository root", () => {
    const { run, state } = deploy({ d1: [{ name: "edge-media", uuid: "u" }], pages: [{ "Project Name": "edge-media-web" }], queues: ["edge-media-webhooks", "edge-media-webhooks-dlq"] });
    expect(run.status, run.stderr).toBe(0);
    const deploys = state.calls.filter((c) => c.args?.[0] === "deploy");
    expect(deploys.map((c) => c.args!.join(" "))).toEqual(["deploy -c packages/engine/wrangler.toml", expect.stringMatching(/^deploy --var ALLOWED_ORIGINS:/)]);
    expect(deploys[0]!.cwd).toBe(ROOT);
    // The config it names is the engine's: the service the API's binding calls.
    expect(readFileSync(path.join(ROOT, "packages/engine/wrangler.toml"), "utf8")).toMatch(/^name = "edge-media-engine"$/m);
    expect(readFileSync(path.join(ROOT, "wrangler.toml"), "utf8")).toMatch(/^service = "edge-media-engine"$/m);
  });

  it("stops before deploying the API worker when the engine Worker's deploy fails", () => {
    writeFileSync(path.join(dir, "wrangler"), FAKE_WRANGLER.replace('const cmd = args.slice(0, 2).join(" ");', 'const cmd = args.slice(0, 2).join(" ");\nif (cmd === "deploy -c") { fs.writeFileSync(process.env.FAKE_STATE, JSON.stringify(state)); process.exit(4); }'));
    const { run, state } = deploy({ d1: [{ name: "edge-media", uuid: "u" }], pages: [], queues: [] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("deploy stopped: wrangler deploy -c failed (exit 4)");
    expect(commands(state)).toContain("deploy -c packages/engine/wrangler.toml");
    expect(commands(state).some((c) => c.startsWith("deploy --var") || c.startsWith("pages deploy"))).toBe(false);
  });

  it("stops before deploying when the migrations fail", () => {
    writeFileSync(path.join(dir, "wrangler"), FAKE_WRANGLER.replace('else if (cmd === "d1 migrations")', 'else if (cmd === "d1 migrations") process.exit(3);\nelse if (false)'));
    const { run, state } = deploy({ d1: [{ name: "edge-media", uuid: "u" }], pages: [], queues: [] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("deploy stopped: wrangler d1 migrations failed (exit 3)");
    expect(commands(state).some((c) => c.startsWith("deploy"))).toBe(false);
  });
});

