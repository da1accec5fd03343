// Fails when worker-configuration.d.ts no longer matches wrangler.toml and .dev.vars.example.
// (`wrangler types --check` reads .dev.vars rather than --env-file, so its answer differs between machines.)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const FILE = "worker-configuration.d.ts";
const committed = readFileSync(FILE, "utf8");
try {
  execFileSync("npx", ["wrangler", "types", "--strict-vars=false", "--env-file", ".dev.vars.example"], {
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (readFileSync(FILE, "utf8") !== committed) {
    console.error(`${FILE} is stale: run \`npm run types\` and commit it.`);
    process.exitCode = 1;
  } else {
    console.log("binding types are up to date");
  }
} finally {
  writeFileSync(FILE, committed); // a check changes nothing
}
