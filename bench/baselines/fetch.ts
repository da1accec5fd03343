// Baseline: what a worker pays to fetch the provider's answer (the instant fake's 1024x1024 PNG, 120 KB) and
// read it whole, as the budget tier does before storing it. Under `wrangler dev` this outbound hop is not free.
export default {
  async fetch(_request: Request, env: { PROVIDER_URL: string }): Promise<Response> {
    const res = await fetch(env.PROVIDER_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"inputs":"a lighthouse"}' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return Response.json({ status: res.status, bytes: bytes.byteLength });
  },
};
