// `npm run deploy`: the API worker, the free engine's Worker and the UI on a Cloudflare account, with nothing to edit first.
// 1. the D1 database (found by its name in wrangler.toml, created when missing) gets its migrations, before any new
//    code runs against it;
// 2. the Pages project for the UI is created when missing, so its origin is known;
// 3. the engine Worker (packages/engine/wrangler.toml, no public URL) is deployed first: the API worker's ENGINE
//    service binding names it, and a deploy whose bound service does not exist is refused;
// 4. the API worker is deployed (wrangler creates the R2 bucket and the KV namespace when missing and links them), with
//    ALLOWED_ORIGINS set to the UI's origin;
// 5. the UI is built against the worker's URL and uploaded to Pages.
// Run it again at any time: every step finds what exists and only creates what does not.
// WRANGLER and NPM override those commands (the test points them at fakes).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const WRANGLER = process.env.WRANGLER ?? path.join(ROOT, "node_modules/.bin/wrangler");
const NPM = process.env.NPM ?? "npm";
const ENGINE_CONFIG = "packages/engine/wrangler.toml";
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

/** Runs wrangler; `capture` returns its stdout instead of showing it. Any failure stops the deploy. */
function wrangler(args, { capture = false, cwd = ROOT, extraEnv = {} } = {}) {
  console.log(`> wrangler ${args.join(" ")}`);
  const run = spawnSync(WRANGLER, args, { cwd, env: { ...env, ...extraEnv }, encoding: "utf8", stdio: ["inherit", capture ? "pipe" : "inherit", "inherit"] });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    if (capture) process.stdout.write(run.stdout ?? "");
    throw new Error(`wrangler ${args[0]} ${args[1] ?? ""} failed (exit ${run.status})`);
  }
  return run.stdout ?? "";
}

/** The JSON a `--json` command printed (wrangler may print a banner or warnings before it). */
function jsonOf(text) {
  const start = text.search(/^[[{]/m);
  return JSON.parse(start < 0 ? text : text.slice(start));
}

/** One TOML string value (`key = "value"`) from the first line that sets it: all this script needs to read. */
function tomlString(file, key) {
  const m = new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`, "m").exec(readFileSync(file, "utf8"));
  if (!m) throw new Error(`${path.relative(ROOT, file)} has no ${key}`);
  return m[1];
}

/** Reads the ND-JSON records wrangler writes to WRANGLER_OUTPUT_FILE_PATH (deploy targets, Pages URL). */
function withOutputFile(fn) {
  const dir = mkdtempSync(path.join(tmpdir(), "edge-media-deploy-"));
  const file = path.join(dir, "output.ndjson");
  try {
    fn({ WRANGLER_OUTPUT_FILE_PATH: file });
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // no records written
    }
    return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ensureDatabase(name) {
  const find = () => jsonOf(wrangler(["d1", "list", "--json"], { capture: true })).find((db) => db.name === name);
  let db = find();
  if (!db) {
    wrangler(["d1", "create", name]);
    db = find();
  }
  if (!db?.uuid) throw new Error(`D1 database ${name} was not found after creating it`);
  return db.uuid;
}

/** The queues wrangler.toml names (webhook delivery and its dead-letter queue): deploy refuses a missing one. */
function ensureQueues(file) {
  const names = [...new Set([...readFileSync(file, "utf8").matchAll(/^\s*(?:queue|dead_letter_queue)\s*=\s*"([^"]+)"/gm)].map((m) => m[1]))];
  // `queues list` prints a table; a name counts only as a whole cell (the DLQ's name extends the queue's).
  const listed = wrangler(["queues", "list"], { capture: true });
  for (const name of names) {
    if (!new RegExp(`(^|[\\s│|])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[\\s│|])`, "m").test(listed)) wrangler(["queues", "create", name]);
  }
}

/**
 * `d1 migrations apply --remote` needs the database id in a config file, and wrangler.toml has none (so that nobody
 * has to edit it): give it a throwaway config naming the same database and migrations folder.
 */
function applyMigrations(dbName, dbId) {
  const migrationsDir = path.join(ROOT, tomlString(path.join(ROOT, "wrangler.toml"), "migrations_dir"));
  const dir = path.join(ROOT, ".wrangler", "deploy");
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, "d1.json");
  writeFileSync(config, JSON.stringify({ name: "edge-media-migrations", d1_databases: [{ binding: "DB", database_name: dbName, database_id: dbId, migrations_dir: migrationsDir }] }, null, 2));
  wrangler(["d1", "migrations", "apply", "DB", "--remote", "--config", config]);
}

/** The Pages project's origin (https://<name>.pages.dev unless Cloudflare gave it another subdomain). */
function ensurePagesProject(name) {
  const find = () => jsonOf(wrangler(["pages", "project", "list", "--json"], { capture: true })).find((p) => p["Project Name"] === name);
  let project = find();
  if (!project) {
    wrangler(["pages", "project", "create", name, "--production-branch", "main"]);
    project = find();
  }
  const domain = String(project?.["Project Domains"] ?? "")
    .split(",")
    .map((d) => d.trim())
    .find((d) => d.endsWith(".pages.dev"));
  return `https://${domain ?? `${name}.pages.dev`}`;
}

/** The engine Worker and its artwork (static assets). It has no URL of its own: only the API's binding reaches it. */
function deployEngine() {
  wrangler(["deploy", "-c", ENGINE_CONFIG]);
}

function deployWorker(origins) {
  const records = withOutputFile((extraEnv) => wrangler(["deploy", "--var", `ALLOWED_ORIGINS:${origins}`], { extraEnv }));
  const url = records.find((r) => r.type === "deploy")?.targets?.find((t) => t.startsWith("https://"));
  if (!url) throw new Error("wrangler deploy reported no URL for the worker: is a workers.dev subdomain registered on this account?");
  return url.replace(/\/+$/, "");
}

function deployUi(project, apiBase) {
  console.log(`> build the UI with PUBLIC_API_BASE=${apiBase}`);
  const build = spawnSync(NPM, ["run", "build:web"], { cwd: ROOT, env: { ...env, PUBLIC_API_BASE: apiBase }, stdio: "inherit" });
  if (build.status !== 0) throw new Error("building the UI failed");
  const records = withOutputFile((extraEnv) =>
    wrangler(["pages", "deploy", ".svelte-kit/cloudflare", "--project-name", project, "--branch", "main"], { cwd: path.join(ROOT, "web"), extraEnv }),
  );
  return records.find((r) => r.type === "pages-deploy")?.url;
}

function main() {
  const dbName = tomlString(path.join(ROOT, "wrangler.toml"), "database_name");
  const pagesName = tomlString(path.join(ROOT, "web", "wrangler.toml"), "name");

  applyMigrations(dbName, ensureDatabase(dbName));
  ensureQueues(path.join(ROOT, "wrangler.toml"));
  const uiOrigin = ensurePagesProject(pagesName);
  // Extra origins (a custom domain) may be added with ALLOWED_ORIGINS=... npm run deploy.
  const origins = [uiOrigin, ...(process.env.ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean)].join(",");
  deployEngine();
  const apiUrl = deployWorker(origins);
  const deployment = deployUi(pagesName, apiUrl);

  console.log(`\nAPI: ${apiUrl}/api/docs\nUI:  ${uiOrigin}/media${deployment ? ` (this deployment: ${deployment})` : ""}`);
  console.log("Paid tiers: `npx wrangler secret put ADMIN_TOKEN` and `npx wrangler secret put KEY_ENCRYPTION_SECRET`, then add keys in the UI's setup page.");
}

try {
  main();
} catch (err) {
  console.error(`deploy stopped: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
