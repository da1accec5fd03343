// Baseline: a stored file at its floor. One R2 get of a 10 KB object, streamed back (stored on first use).
import { Hono } from "hono";

const KEY = "bench/10k.bin";
let seeded: Promise<unknown> | undefined;

const app = new Hono<{ Bindings: { FILES: R2Bucket } }>();
app.get("/", async (c) => {
  seeded ??= c.env.FILES.put(KEY, new Uint8Array(10 * 1024).fill(97), { httpMetadata: { contentType: "application/octet-stream" } });
  await seeded;
  const object = await c.env.FILES.get(KEY);
  if (!object) return c.json({ error: "missing" }, 404);
  return new Response(object.body, { headers: { "Content-Type": object.httpMetadata?.contentType ?? "application/octet-stream", ETag: object.httpEtag } });
});
export default app;
