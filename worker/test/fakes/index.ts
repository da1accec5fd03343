import { FakeHuggingFace } from "./hf";
import { FakeRunway } from "./runway";
import { json } from "./http";

export { FakeHuggingFace } from "./hf";
export { FakeRunway } from "./runway";
export { makeJpeg, makeMp4, makePng, makeWav, makeWebm } from "./media";

/** Valid-looking keys the fakes accept by default. */
export const FAKE_HF_KEY = "hf_FakeKeyForTests0123456789abcdefXYZ";
export const FAKE_RUNWAY_KEY = `key_${"0123456789abcdef".repeat(8)}`;

export interface Fakes {
  hf: FakeHuggingFace;
  runway: FakeRunway;
  /** Every request that reached neither fake (should stay empty: tests never touch the network). */
  strays: string[];
  /** A drop-in `fetch`: route by path to whichever fake speaks it. */
  fetch: typeof fetch;
  handle(req: Request, signal?: AbortSignal | null): Promise<Response>;
}

export function createFakes(): Fakes {
  const hf = new FakeHuggingFace();
  const runway = new FakeRunway();
  hf.validKeys.add(FAKE_HF_KEY);
  runway.validKeys.add(FAKE_RUNWAY_KEY);
  const strays: string[] = [];
  const handle = async (req: Request, signal?: AbortSignal | null) => {
    const url = new URL(req.url);
    if (hf.handles(url)) return hf.handle(req, signal);
    if (runway.handles(url)) return runway.handle(req, signal);
    strays.push(`${req.method} ${req.url}`);
    return json({ error: `the fakes do not serve ${url.pathname}` }, 404);
  };
  const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    return handle(req, init?.signal ?? req.signal);
  }) as typeof fetch;
  return { hf, runway, strays, fetch: fakeFetch, handle };
}
