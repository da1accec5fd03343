// An instant local Hugging Face: answers text-to-image with one PNG made at start-up, so a budget generation's
// cost is all ours (the fake's own latency is measured directly and subtracted in the table).
import { createServer, type Server } from "node:http";
import { makePng } from "../worker/test/fakes/media";

export async function startInstantHf(): Promise<{ server: Server; origin: string }> {
  const png = Buffer.from(await makePng(1024, 1024, 1));
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "POST" && req.url?.startsWith("/hf-inference/models/")) {
        res.writeHead(200, { "content-type": "image/png", "content-length": png.length, "x-inference-provider": "hf-inference" }).end(png);
      } else {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` };
}
