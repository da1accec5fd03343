// Fake Hugging Face and Runway APIs on loopback, speaking the same protocols as the real ones (the very fakes
// the worker tests use), so `npm run dev` can demo the budget and premium tiers offline:
//
//   npm run fakes            # listens on http://127.0.0.1:8789 (FAKES_PORT to change)
//
// then in .dev.vars:  HF_API_BASE=http://127.0.0.1:8789/hf-inference  HF_HUB_BASE=http://127.0.0.1:8789
//                     RUNWAY_API_BASE=http://127.0.0.1:8789  STABLE_DIFFUSION_KEY=hf_demo... RUNWAY_API_KEY=key_...
// Any key is accepted. Put a token in the description to see a failure: [fake:401] [fake:402] [fake:429]
// [fake:loading] [fake:slow] [fake:truncated] [fake:not-image] (Hugging Face); [fake:credits] [fake:429]
// [fake:503] [fake:slow-create] [fake:slow] [fake:throttled] [fake:failed] [fake:truncated] (Runway).
import { createServer, type IncomingMessage, type Server } from "node:http";
import { pathToFileURL } from "node:url";
import { createFakes, type Fakes } from "../worker/test/fakes";
import { headerObject } from "../worker/test/fakes/http";

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body, signal });
}

export function startFakeServer(port: number, host = "127.0.0.1"): Promise<{ server: Server; fakes: Fakes; origin: string }> {
  const fakes = createFakes();
  fakes.hf.acceptAnyKey = true;
  fakes.runway.acceptAnyKey = true;
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const aborted = new AbortController();
      res.on("close", () => aborted.abort(new Error("client closed the connection")));
      try {
        const answer = await fakes.handle(await toRequest(req, `http://${req.headers.host ?? `${host}:${port}`}`, aborted.signal), aborted.signal);
        const bytes = Buffer.from(await answer.arrayBuffer());
        res.writeHead(answer.status, headerObject(answer.headers));
        res.end(bytes);
        console.log(`${req.method} ${req.url} -> ${answer.status} (${bytes.length} bytes)`);
      } catch (err) {
        if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(err));
      }
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({ server, fakes, origin: `http://${host}:${actual}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.FAKES_PORT ?? 8789);
  const { origin } = await startFakeServer(port);
  console.log(`Fake Hugging Face + Runway on ${origin}. For npm run dev, put in .dev.vars:
HF_API_BASE=${origin}/hf-inference
HF_HUB_BASE=${origin}
RUNWAY_API_BASE=${origin}
STABLE_DIFFUSION_KEY=hf_DemoKeyForTheLocalFakes0123456789
RUNWAY_API_KEY=key_${"0123456789abcdef".repeat(8)}`);
}
