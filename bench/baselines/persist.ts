// Baseline: the storage one generation cannot avoid, and nothing else: one Durable Object call (a SQLite write, as
// the rate limiter does), one R2 put, one D1 insert and one KV put. Free generate and a cache hit are compared with it.
import { DurableObject } from "cloudflare:workers";
import { Hono } from "hono";

interface Bindings {
  COUNTER: DurableObjectNamespace<Counter>;
  DB: D1Database;
  FILES: R2Bucket;
  KV: KVNamespace;
}

export class Counter extends DurableObject<Bindings> {
  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS hits (client TEXT PRIMARY KEY, n INTEGER NOT NULL)");
  }
  take(client: string): number {
    return this.ctx.storage.sql.exec<{ n: number }>("INSERT INTO hits (client, n) VALUES (?, 1) ON CONFLICT(client) DO UPDATE SET n = n + 1 RETURNING n", client).one().n;
  }
}

// About the size of a free image (an SVG of a few KB).
const BODY = new Uint8Array(6 * 1024).fill(60);
let table: Promise<unknown> | undefined;

const app = new Hono<{ Bindings: Bindings }>();
app.post("/", async (c) => {
  const env = c.env;
  table ??= env.DB.prepare("CREATE TABLE IF NOT EXISTS rows (id TEXT PRIMARY KEY, description TEXT NOT NULL, bytes INTEGER NOT NULL, created_at INTEGER NOT NULL)").run();
  await table;
  const { description } = await c.req.json<{ description: string }>();
  const n = await env.COUNTER.get(env.COUNTER.idFromName("local")).take("local");
  const id = crypto.randomUUID();
  await env.FILES.put(`f/${id}.svg`, BODY, { httpMetadata: { contentType: "image/svg+xml" } });
  await env.DB.prepare("INSERT INTO rows (id, description, bytes, created_at) VALUES (?, ?, ?, ?)").bind(id, description, BODY.length, Date.now()).run();
  await env.KV.put(`k/${id}`, JSON.stringify({ id, r2Key: `f/${id}.svg` }), { expirationTtl: 3600 });
  return c.json({ id, n, bytes: BODY.length, description });
});
export default app;
