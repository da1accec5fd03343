// The OpenAPI document scripts/openapi.mjs generates at build time (wrangler.toml [build], the worker tests' setup):
// its JSON text, parsed only when a request asks for the document, so a cold start does not pay for it.
declare module "virtual:openapi-document" {
  const documentText: string;
  export default documentText;
}
