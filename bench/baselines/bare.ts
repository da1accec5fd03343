// Baseline: the framework floor. A bare Hono worker answering one small JSON body, like GET /api/media/status does.
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.json({ ok: true, tiers: ["free", "budget", "premium"] }));
export default app;
