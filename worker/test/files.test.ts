import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { parseRange } from "../src/routes/files";
import { api } from "./helpers";

const BYTES = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 256));
let etag = "";

beforeAll(async () => {
  const audio = await env.MEDIA.put("sample-audio.wav", BYTES, { httpMetadata: { contentType: "audio/wav" } });
  etag = audio!.httpEtag;
  await env.MEDIA.put("sample-image.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>', { httpMetadata: { contentType: "image/svg+xml" } });
});

describe("GET /api/media/files/{key}", () => {
  it("serves the object with its type, length, ETag and immutable caching", async () => {
    const res = await api("/api/media/files/sample-audio.wav");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("audio/wav");
    expect(res.headers.get("Content-Length")).toBe("1000");
    expect(res.headers.get("ETag")).toBe(etag);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Accept-Ranges")).toBe("bytes");
    expect(res.headers.get("Content-Security-Policy")).toBeNull();
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(BYTES);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await api("/api/media/files/sample-audio.wav", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Length")).toBe("1000");
    expect(res.headers.get("ETag")).toBe(etag);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const res = await api("/api/media/files/sample-audio.wav", { headers: { "If-None-Match": `"other", ${etag}` } });
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(etag);
    expect((await api("/api/media/files/sample-audio.wav", { headers: { "If-None-Match": '"stale"' } })).status).toBe(200);
  });

  it.each([
    ["bytes=0-99", 0, 99],
    ["bytes=900-", 900, 999],
    ["bytes=-10", 990, 999],
    ["bytes=995-5000", 995, 999],
  ])("answers Range %s with 206 and exactly those bytes", async (range, start, end) => {
    const res = await api("/api/media/files/sample-audio.wav", { headers: { Range: range } });
    expect(res.status).toBe(206);
    expect(res.headers.get("Content-Range")).toBe(`bytes ${start}-${end}/1000`);
    expect(res.headers.get("Content-Length")).toBe(String(end - start + 1));
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(BYTES.slice(start, end + 1));
  });

  it("answers an unsatisfiable range with 416 and the size", async () => {
    const res = await api("/api/media/files/sample-audio.wav", { headers: { Range: "bytes=1000-1200" } });
    expect(res.status).toBe(416);
    expect(res.headers.get("Content-Range")).toBe("bytes */1000");
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe("range_not_satisfiable");
  });

  it("serves SVG under a CSP that forbids scripts", async () => {
    const res = await api("/api/media/files/sample-image.svg");
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml");
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("sandbox");
    expect(csp).not.toContain("script-src");
  });
});

describe("parseRange", () => {
  it("reads single ranges and leaves multi-range or foreign units to a full response", () => {
    expect(parseRange("bytes=0-0", 10)).toEqual({ offset: 0, length: 1 });
    expect(parseRange("bytes=-0", 10)).toBe("invalid");
    expect(parseRange("bytes=5-2", 10)).toBe("invalid");
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
  });
});
