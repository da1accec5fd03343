import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { LOCAL_DEFAULTS } from "./scripts/dev-api";
import { engineTestWorker } from "./scripts/engine-worker";

// Projects: "worker" runs inside workerd with real local D1/R2/KV/Durable Objects; "engine" is the free engine's
// own suite (packages/engine, plain Node); "node" runs scripts and the web client; "e2e" drives a real browser.
export default defineConfig(async () => {
  // web/tsconfig.json extends the tsconfig SvelteKit generates; on a fresh clone, generate it before any web file is transformed.
  const web = path.join(import.meta.dirname, "web");
  if (!existsSync(path.join(web, ".svelte-kit/tsconfig.json"))) {
    spawnSync(path.join(import.meta.dirname, "node_modules/.bin/svelte-kit"), ["sync"], { cwd: web, stdio: "inherit" });
  }
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "drizzle"));
  // The worker project runs what wrangler deploys: zod/mini validation and the build-time OpenAPI document
  // (wrangler.toml [build] and [alias]); generate the document first, as `wrangler dev`/`deploy` do.
  const openapi = spawnSync(process.execPath, [path.join(import.meta.dirname, "scripts/openapi.mjs")], { stdio: "inherit" });
  if (openapi.status !== 0) throw new Error("scripts/openapi.mjs failed");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              main: "./worker/src/index.ts",
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                // The worker tests run with `npm run dev`'s local defaults (every tier for anonymous callers);
                // tests of the deployed defaults set ANONYMOUS_TIERS themselves.
                bindings: { TEST_MIGRATIONS: migrations, ...LOCAL_DEFAULTS },
                // The free engine's own Worker, bundled as it deploys, behind the API's ENGINE service binding.
                workers: [engineTestWorker()],
              },
            }),
          ],
          resolve: {
            alias: {
              "@hono/zod-openapi": path.join(import.meta.dirname, "worker/src/openapi/runtime.ts"),
              "virtual:openapi-document": path.join(import.meta.dirname, ".wrangler/openapi/document.js"),
            },
          },
          test: {
            name: "worker",
            // The engine's determinism suite runs here too: its golden digests must match in workerd and Node.
            include: ["worker/test/**/*.test.ts", "packages/engine/test/determinism.test.ts"],
            exclude: ["**/*.node.test.ts", "**/node_modules/**"],
            setupFiles: ["./worker/test/apply-migrations.ts"],
            // CI runs this beside Chromium and the other projects on 2 cores: a test that loads the engine and makes
            // three generations took 3.2 s alone on a loaded machine, close to vitest's 5 s default.
            testTimeout: 15_000,
          },
        },
        {
          test: {
            name: "engine",
            environment: "node",
            include: ["packages/engine/test/**/*.test.ts"],
            benchmark: { include: ["packages/engine/test/**/*.bench.ts"] },
          },
        },
        {
          test: {
            name: "node",
            environment: "node",
            include: ["worker/test/**/*.node.test.ts", "scripts/**/*.test.ts", "bench/*.test.ts", "web/test/**/*.test.ts"],
          },
        },
        {
          // The built UI in Debian's Chromium against the real worker under `wrangler dev` (started by the global setup).
          test: {
            name: "e2e",
            environment: "node",
            include: ["web/e2e/**/*.e2e.test.ts"],
            globalSetup: ["./web/e2e/global-setup.ts"],
            testTimeout: 30_000,
            hookTimeout: 30_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
