import { Webhook } from "standardwebhooks";
import { sleep } from "../helpers";

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: unknown;
  /** The signature checked out with the official Standard Webhooks library, against the receiver's secret. */
  verified: boolean;
  verifyError?: string;
}

/**
 * A webhook receiver as a customer would write it: verifies every request with the `standardwebhooks` package.
 * `script` decides each answer in turn (a status, or "unreachable" to fail like a dead host); after it runs out, 200.
 */
export class Receiver {
  readonly received: Received[] = [];
  script: (number | "unreachable")[] = [];
  constructor(
    readonly secret: string,
    readonly origin = "https://hooks.example.com",
  ) {}

  handles(url: URL): boolean {
    return url.origin === this.origin;
  }

  async handle(req: Request): Promise<Response> {
    const step = this.script.shift() ?? 200;
    if (step === "unreachable") throw new TypeError("Network connection lost.");
    const text = await req.text();
    const headers = Object.fromEntries(req.headers);
    let verified = false;
    let verifyError: string | undefined;
    try {
      new Webhook(this.secret).verify(text, headers);
      verified = true;
    } catch (err) {
      verifyError = err instanceof Error ? err.message : String(err);
    }
    this.received.push({
      id: headers["webhook-id"] ?? "",
      timestamp: headers["webhook-timestamp"] ?? "",
      signature: headers["webhook-signature"] ?? "",
      body: JSON.parse(text),
      verified,
      verifyError,
    });
    return new Response(step < 300 ? "ok" : "nope", { status: step });
  }
}

/** Waits (real time: queue deliveries are asynchronous) until `check` returns something truthy. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Routes the global fetch: the receiver's origin to it, everything else to the provider fakes. */
export function routeFetch(receiver: Receiver, fallback: (req: Request, signal?: AbortSignal | null) => Promise<Response>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    return receiver.handles(new URL(req.url)) ? receiver.handle(req) : fallback(req, init?.signal);
  }) as typeof fetch;
}
