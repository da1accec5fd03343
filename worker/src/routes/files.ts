import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../context";
import { ApiError } from "../errors";
import { CALLER_ERRORS, errorResponse, INTERNAL_ERROR, SECURITY } from "../openapi";
import { FILE_KEY_PATTERN } from "../storage/files";

const filesRoute = createRoute({
  method: "get",
  path: "/files/{key}",
  operationId: "getFile",
  // Public like any CDN file: <img> and <video> tags fetch it without credentials; the key is unguessable.
  security: SECURITY.public,
  summary: "A stored file (supports HEAD, ETag / If-None-Match and Range)",
  request: { params: z.object({ key: z.string().regex(FILE_KEY_PATTERN, { error: "not a file key" }) }) },
  responses: {
    200: { description: "The file" },
    206: { description: "The requested byte range" },
    304: { description: "Not modified" },
    400: errorResponse("Not a file key"),
    ...CALLER_ERRORS,
    404: errorResponse("No such file"),
    416: errorResponse("Range not satisfiable (Content-Range gives the size)"),
    ...INTERNAL_ERROR,
  },
});

// Generated SVG never needs scripts or outside resources; if one slipped through, the browser still runs nothing.
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** Parses a single `bytes=` range against a known size. null = serve the whole file; "invalid" = 416. */
export function parseRange(header: string, size: number): { offset: number; length: number } | null | "invalid" {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null; // multiple ranges or another unit: the whole file is an allowed answer
  const [, startText, endText] = m;
  if (startText === "" && endText === "") return null;
  if (startText === "") {
    const suffix = Number(endText);
    if (suffix === 0) return "invalid";
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const start = Number(startText);
  const end = endText === "" ? size - 1 : Math.min(Number(endText), size - 1);
  if (start >= size || end < start) return "invalid";
  return { offset: start, length: end - start + 1 };
}

export const fileRoutes = createRouter().openapi(filesRoute, async (c) => {
  const { key } = c.req.valid("param");
  const rangeHeader = c.req.header("Range");
  const ifNoneMatch = c.req.header("If-None-Match");
  // The common case (a plain GET: no range, no validator) is one R2 read, not a head and then a get.
  const plain = !rangeHeader && !ifNoneMatch && c.req.method === "GET";
  const head = plain ? await c.env.MEDIA.get(key) : await c.env.MEDIA.head(key);
  if (!head) throw new ApiError(404, "not_found", `No file named ${key}`);

  const headers = new Headers({
    "Content-Type": head.httpMetadata?.contentType ?? "application/octet-stream",
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    ETag: head.httpEtag,
  });
  if (headers.get("Content-Type")!.startsWith("image/svg+xml")) headers.set("Content-Security-Policy", SVG_CSP);

  if (plain) {
    headers.set("Content-Length", String(head.size));
    return new Response((head as R2ObjectBody).body, { status: 200, headers });
  }

  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === head.httpEtag || tag.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }

  const range = rangeHeader ? parseRange(rangeHeader, head.size) : null;
  if (range === "invalid") {
    throw new ApiError(416, "range_not_satisfiable", `Range ${rangeHeader} is outside the file's ${head.size} bytes`, undefined, {
      "Content-Range": `bytes */${head.size}`,
    });
  }

  const object = await c.env.MEDIA.get(key, range ? { range } : undefined);
  if (!object) throw new ApiError(404, "not_found", `No file named ${key}`);
  if (range) {
    headers.set("Content-Range", `bytes ${range.offset}-${range.offset + range.length - 1}/${head.size}`);
    headers.set("Content-Length", String(range.length));
    return new Response(object.body, { status: 206, headers });
  }
  headers.set("Content-Length", String(head.size));
  return new Response(object.body, { status: 200, headers });
});
