import { hfImageMicros } from "../../src/pricing";
import { makePng } from "./media";
import { sleep } from "../../src/providers/timing";
import { headerObject, json } from "./http";

/**
 * A fake Hugging Face: the inference router (`POST .../models/{model}`) and the hub's whoami-v2, speaking the
 * contract in shared/providers.md. What the next inference call does comes from `script` (tests), else from a
 * `[fake:...]` token in the prompt (the loopback demo server), else it succeeds.
 */
export type HfScenario =
  | "ok"
  | "400"
  | "401"
  | "402"
  | "403"
  | "404"
  | "410"
  | "422"
  | "429"
  | "500"
  | "loading"
  | "slow"
  | "truncated"
  | "not-image";

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export class FakeHuggingFace {
  /** Keys the fake accepts as valid bearer tokens. */
  validKeys = new Set<string>();
  /** Demo server: any non-empty bearer token passes (use a `[fake:401]` prompt to see a rejection). */
  acceptAnyKey = false;
  /** Scenarios for the next inference calls, consumed first to last. */
  script: HfScenario[] = [];
  /** estimated_time (seconds) in a "loading" 503. */
  estimatedTime = 0.05;
  /** How long a "slow" answer takes (ms), unless the caller gives up first. */
  slowMs = 5_000;
  calls: RecordedCall[] = [];
  /** What this fake has billed: every image it answered with (what a real account is charged). */
  billedMicros = 0;

  handles(url: URL): boolean {
    return url.pathname.includes("/models/") || url.pathname === "/api/whoami-v2";
  }

  async handle(req: Request, signal?: AbortSignal | null): Promise<Response> {
    const url = new URL(req.url);
    const text = req.method === "POST" ? await req.text() : "";
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep text
    }
    this.calls.push({ method: req.method, url: req.url, headers: headerObject(req.headers), body });
    const token = req.headers.get("Authorization")?.replace(/^Bearer\s+/i, "") ?? "";
    const authorized = (this.validKeys.has(token) || (this.acceptAnyKey && token.length > 0));

    if (url.pathname === "/api/whoami-v2") {
      if (!authorized) return json({ error: "Invalid credentials in Authorization header" }, 401);
      return json({ type: "user", name: "fake-user", auth: { type: "access_token", accessToken: { displayName: "edge-media", role: "fineGrained" } } });
    }
    if (req.method !== "POST") return json({ error: "Method not allowed" }, 405);
    if (!authorized) return json({ error: "Invalid credentials in Authorization header" }, 401);
    const input = body as { inputs?: unknown; parameters?: { width?: number; height?: number; seed?: number } } | undefined;
    if (!input || typeof input.inputs !== "string" || !input.inputs) return json({ error: "Input should be a valid string" }, 400);

    const scenario = this.script.shift() ?? (/\[fake:([a-z0-9-]+)\]/.exec(input.inputs)?.[1] as HfScenario | undefined) ?? "ok";
    const model = decodeURIComponent(url.pathname.split("/models/")[1] ?? "");
    const width = input.parameters?.width ?? 1024;
    const height = input.parameters?.height ?? 1024;
    switch (scenario) {
      case "400":
        return json({ error: "Invalid inference parameters" }, 400);
      case "401":
        return json({ error: "Invalid credentials in Authorization header" }, 401);
      case "402":
        return json({ error: "You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO to get 20x more monthly included credits." }, 402);
      case "403":
        return json({ error: "This authentication method does not have sufficient permissions to call Inference Providers on behalf of user fake-user" }, 403);
      case "404":
        return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain" } });
      case "410":
        return json({ error: "https://api-inference.huggingface.co is no longer supported. Please use https://router.huggingface.co/hf-inference instead." }, 410);
      case "422":
        return json({ error: "Input validation error: `width` must be a multiple of 8" }, 422);
      case "429":
        return json({ error: "Rate limit reached. You reached free usage limit (reset hourly)." }, 429, { "Retry-After": "30" });
      case "500":
        return json({ error: "Internal Server Error" }, 500);
      case "loading":
        return json({ error: `Model ${model} is currently loading`, estimated_time: this.estimatedTime }, 503);
      case "slow":
        await sleep(this.slowMs, signal ?? req.signal);
        this.billedMicros += hfImageMicros(model, width, height);
        return image(await makePng(width, height, input.parameters?.seed));
      case "truncated": {
        const png = await makePng(width, height, input.parameters?.seed);
        return image(png.slice(0, Math.floor(png.length / 2)));
      }
      case "not-image":
        return new Response("<html><body>upstream error</body></html>", { status: 200, headers: { "content-type": "image/png" } });
      case "ok":
      default:
        this.billedMicros += hfImageMicros(model, width, height);
        return image(await makePng(width, height, input.parameters?.seed));
    }
  }
}

function image(bytes: Uint8Array): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { "content-type": "image/png", "x-request-id": crypto.randomUUID(), "x-inference-provider": "hf-inference" } });
}
