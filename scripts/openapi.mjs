// Writes the worker's OpenAPI document (what GET /api/openapi.json serves) to a file, without a server:
// `npm run lint:api` lints it with Redocly's recommended rules.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import worker from "../worker/src/index.ts";

const out = process.argv[2] ?? ".wrangler/openapi.json";
const res = await worker.fetch(new Request("http://127.0.0.1:8787/api/openapi.json"), {}, { waitUntil() {}, passThroughOnException() {} });
if (!res.ok) throw new Error(`/api/openapi.json answered ${res.status}: ${await res.text()}`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(await res.json(), null, 2) + "\n");
console.log(`wrote ${out}`);
