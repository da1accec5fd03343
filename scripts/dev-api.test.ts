import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_CONFIGS, devConfigArgs, LOCAL_DEFAULTS, localVarArgs } from "./dev-api";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), "dev-api-")));

describe("npm run dev:api local defaults", () => {
  it("passes every local default as --var when no vars file sets it", () => {
    expect(localVarArgs(fresh())).toEqual(Object.entries(LOCAL_DEFAULTS).flatMap(([k, v]) => ["--var", `${k}:${v}`]));
    expect(LOCAL_DEFAULTS.ANONYMOUS_TIERS).toBe("all");
  });

  it("leaves out what .dev.vars sets, so .dev.vars wins (a --var would beat it)", () => {
    writeFileSync(path.join(fresh(), ".dev.vars"), "# public settings, tried locally\nANONYMOUS_TIERS=free\n");
    writeFileSync(path.join(dir, ".env"), "ANONYMOUS_RATE_LIMIT_PER_MINUTE=99\n"); // ignored: wrangler reads .env only without .dev.vars
    expect(localVarArgs(dir)).toEqual(["--var", `ANONYMOUS_RATE_LIMIT_PER_MINUTE:${LOCAL_DEFAULTS.ANONYMOUS_RATE_LIMIT_PER_MINUTE}`]);
  });

  it("reads .env and .env.local when there is no .dev.vars, as wrangler does", () => {
    writeFileSync(path.join(fresh(), ".env.local"), "export ANONYMOUS_TIERS=none\n");
    expect(localVarArgs(dir)).not.toContain("ANONYMOUS_TIERS:all");
  });

  it("runs the API first (wrangler serves the first config's worker) and then the Worker its ENGINE binding calls", () => {
    expect(devConfigArgs()).toEqual(["-c", "wrangler.toml", "-c", "packages/engine/wrangler.toml"]);
    const [api, engine] = DEV_CONFIGS.map((c) => readFileSync(path.join(import.meta.dirname, "..", c), "utf8"));
    expect(api).toMatch(/^main = "worker\/src\/index.ts"$/m);
    const service = /^service = "([^"]+)"$/m.exec(api!)![1];
    expect(engine).toMatch(new RegExp(`^name = "${service}"$`, "m"));
  });

  it("keeps the deployed default free in wrangler.toml", () => {
    const toml = readFileSync(path.join(import.meta.dirname, "../wrangler.toml"), "utf8");
    expect(toml).toMatch(/^ANONYMOUS_TIERS = "free"$/m);
    expect(toml).toMatch(/^ANONYMOUS_RATE_LIMIT_PER_MINUTE = "10"$/m);
  });
});
