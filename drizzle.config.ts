import { defineConfig } from "drizzle-kit";

// drizzle-kit writes SQL migrations into drizzle/, which wrangler (migrations_dir) and the
// test setup (readD1Migrations) both read: one set of files for dev, tests and production.
export default defineConfig({
  dialect: "sqlite",
  schema: "./worker/src/db/schema.ts",
  out: "./drizzle",
});
