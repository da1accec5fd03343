// HTTP pieces the fake providers answer with; plain web APIs, so `scripts/fakes.ts` serves the same fakes from Node.
export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json", "x-request-id": crypto.randomUUID(), ...headers } });
}

/** Headers as a plain object (lower-case names), without relying on Headers being iterable in every lib. */
export function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
