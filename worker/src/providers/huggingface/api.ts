import { providerError, retryAfterSeconds, testKeyAt } from "../http";
import { type KeyTest, type MediaRequest, type ProviderContext, type ProviderError } from "../provider";

// The Hugging Face HTTP API: the text-to-image request for a media request, its errors in our terms, and the key
// test (whoami-v2). Nothing here waits or retries.

export const ID = "stable_diffusion";
export const NAME = "Hugging Face";

/** Where calls go: the `hf` part of the worker's config. */
export interface HfApi {
  apiBase: string;
  hubBase: string;
  model: string;
}

/** The router's text-to-image call for a request: URL and init (without the abort signal, which the caller owns). */
export function imageRequest(api: HfApi, req: MediaRequest, key: string): { url: string; init: RequestInit } {
  const o = req.options;
  const parameters: Record<string, unknown> = {};
  if (o.negative_prompt) parameters.negative_prompt = o.negative_prompt;
  if (o.width !== undefined) parameters.width = o.width;
  if (o.height !== undefined) parameters.height = o.height;
  if (o.seed !== undefined) parameters.seed = o.seed;
  return {
    url: `${api.apiBase}/models/${api.model}`,
    init: {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", Accept: "image/png" },
      body: JSON.stringify({ inputs: req.description, parameters }),
    },
  };
}

/** A failed answer (other than a loading model's 503, which the caller may wait out) as our error. */
export function mapError(res: Response, text: string, model: string): ProviderError {
  switch (res.status) {
    case 401:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} rejected the API key (401): ${text}`);
    case 402:
      return providerError(ID, 402, "provider_credits_exhausted", `${NAME} credits are exhausted (402): ${text}`);
    case 403:
      return providerError(ID, 502, "provider_key_rejected", `${NAME} refused the key (403; the token needs the "Inference Providers" permission): ${text}`);
    case 404:
      return providerError(ID, 502, "provider_failed", `${NAME} does not serve model ${model} (404): ${text}`);
    case 410:
      return providerError(ID, 502, "provider_failed", `${NAME} endpoint is gone (410): point HF_API_BASE at the router (https://router.huggingface.co/hf-inference)`);
    case 400:
    case 422:
      return providerError(ID, 502, "provider_failed", `${NAME} refused the request (${res.status}): ${text}`);
    case 429:
      return providerError(ID, 503, "provider_rate_limited", `${NAME} rate limit reached (429): ${text}`, retryAfterSeconds(res));
    case 504:
      return providerError(ID, 504, "provider_timeout", `${NAME} timed out (504): ${text}`);
    default:
      return providerError(ID, 502, "provider_failed", `${NAME} failed (${res.status}): ${text}`);
  }
}

/** GET /api/whoami-v2 on the Hub: whether the key is accepted, naming the account and token; spends nothing. */
export async function testKey(api: Pick<HfApi, "hubBase">, key: string, ctx: ProviderContext): Promise<KeyTest> {
  return testKeyAt(NAME, `${api.hubBase}/api/whoami-v2`, { Authorization: `Bearer ${key}` }, key, ctx, (body) => {
    const who = body as { name?: string; auth?: { accessToken?: { displayName?: string; role?: string } } };
    const token = who.auth?.accessToken;
    return [who.name && `account ${who.name}`, token?.displayName && `token "${token.displayName}"`, token?.role && `role ${token.role}`].filter(Boolean).join(", ");
  });
}
