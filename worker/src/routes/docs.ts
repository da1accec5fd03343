import { html, raw } from "hono/html";

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

/**
 * A human page for the API, rendered on the server from the same OpenAPI document as /api/openapi.json.
 * Self-contained (no CDN script), so it works offline and under a strict CSP.
 */
export function docsPage(doc: { info: { title: string; version: string }; paths?: object; components?: unknown }) {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${doc.info.title} docs</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  section { border: 1px solid #8886; border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; }
  h2 { font-size: 1.05rem; font-family: ui-monospace, monospace; }
  .m { display: inline-block; min-width: 4.5rem; font-weight: 700; }
  pre { overflow: auto; background: #8881; padding: .5rem; border-radius: .25rem; font-size: .85rem; }
  details summary { cursor: pointer; }
</style>
</head>
<body>
<h1>${doc.info.title} <small>v${doc.info.version}</small></h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors always look like
<code>{"error": {"code", "message", "details"}}</code>.</p>
${ops.map(
  ({ path, method, op }) => html`<section>
  <h2><span class="m">${method}</span> ${path}</h2>
  <p>${op.summary ?? ""}</p>
  ${op.parameters?.length
    ? html`<p>Parameters: ${raw(op.parameters.map((p) => `<code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""})`).join(", "))}</p>`
    : ""}
  ${op.requestBody?.content?.["application/json"]
    ? html`<details><summary>Request body</summary><pre>${JSON.stringify(op.requestBody.content["application/json"].schema, null, 2)}</pre></details>`
    : ""}
  <p>Responses: ${Object.entries(op.responses ?? {}).map(([code, r]) => `${code} ${r.description ?? ""}`).join(" · ")}</p>
</section>`,
)}
<details><summary>Schemas</summary><pre>${JSON.stringify(doc.components ?? {}, null, 2)}</pre></details>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
