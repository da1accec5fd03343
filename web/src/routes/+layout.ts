// Browser-only pages that call the public REST API; nothing is rendered on the server.
export const ssr = false;
export const prerender = false;
