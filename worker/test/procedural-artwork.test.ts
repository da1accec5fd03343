import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { loadArtwork, procedural } from "../src/providers/procedural";
import { api, clearAll, generate, newClient } from "./helpers";

beforeEach(clearAll);

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
/** The drawing of an artwork file (what the engine inlines), read through the same ASSETS binding. */
async function artworkBody(name: string): Promise<string> {
  const text = await (await env.ASSETS.fetch(`https://assets.local/${name}.svg`)).text();
  return text.match(/<svg[^>]*>([\s\S]*)<\/svg>/)![1]!.trim();
}
const firstPath = (body: string) => body.match(/ d="([^"]{40,})"/)![1]!;

describe("free engine subject artwork in the worker (static assets)", () => {
  it("serves the artwork files through the ASSETS binding", async () => {
    const res = await env.ASSETS.fetch("https://assets.local/dog.svg");
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"/);
  });

  it("the procedural provider draws the named subjects with their artwork", async () => {
    const out = await procedural.generate({ description: "a dog playing with a ball in a park", media_type: "image", options: {} }, { env, fetch });
    if ("pending" in out) throw new Error("the free tier is synchronous");
    const svg = decode(out.bytes);
    expect(out.model).toBe("procedural/illustration");
    expect(svg).toContain(firstPath(await artworkBody("dog")));
    expect(svg).not.toMatch(/<(image|use|script)\b|href=/);
  });

  it("loads exactly the files the request needs, and unknown names resolve to nothing", async () => {
    const lookup = await loadArtwork({ description: "a red car on a city street", media_type: "image", options: {} }, { env });
    expect(lookup("automobile")).toContain("<svg");
    expect(lookup("../wrangler.toml")).toBeUndefined();
    expect(lookup("no-such-icon")).toBeUndefined();
  });

  it("an API request for a subject is answered with the picture of it, never the placeholder", async () => {
    const res = await generate({ description: "a cute cat logo for a coffee shop", cache: false }, newClient());
    expect(res.status).toBe(200);
    const body = await res.json<{ url: string }>();
    const svg = await (await api(new URL(body.url).pathname)).text();
    expect(svg).toContain(firstPath(await artworkBody("cat")));
    expect(svg).not.toContain("M3 4h2.5l2 11h11l2-8H6.5"); // the shopping-cart glyph it used to draw
  });

  it("the API keeps answering at its URLs (assets never shadow routes)", async () => {
    const res = await api("/dog.svg");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});
