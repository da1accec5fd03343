import { ProviderError, type KeyTest, type ProviderContext, type ProviderErrorCode } from "./provider";
import { deadlineSignal } from "./timing";

/** The provider's own words for a failed response, short, and with the key scrubbed out should it appear. */
export async function reasonOf(res: Response, key: string): Promise<{ text: string; json: Record<string, unknown> | null }> {
  const raw = await res.text().catch(() => "");
  let json: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    // not JSON: keep the text
  }
  const fromJson = json && (typeof json.error === "string" ? json.error : typeof json.message === "string" ? json.message : json.error ? JSON.stringify(json.error) : null);
  const text = (fromJson ?? raw.trim()) || res.statusText || `HTTP ${res.status}`;
  return { text: redact(text, key).slice(0, 300), json };
}

export function redact(text: string, key: string): string {
  return key ? text.split(key).join("[key]") : text;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), if any. */
export function retryAfterSeconds(res: Response): number | undefined {
  const value = res.headers.get("Retry-After");
  if (!value) return undefined;
  const n = Number(value);
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** A fetch that threw: our deadline passed (504) or the provider could not be reached (502). */
export function transportError(providerId: string, name: string, err: unknown, timedOut: boolean, timeoutMs: number): ProviderError {
  if (timedOut) return new ProviderError(providerId, 504, `${name} did not answer within ${timeoutMs < 10_000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`, { code: "provider_timeout" });
  const detail = err instanceof Error ? err.message : String(err);
  return new ProviderError(providerId, 502, `${name} could not be reached: ${detail.slice(0, 200)}`, { code: "provider_unavailable" });
}

export function providerError(providerId: string, status: 402 | 502 | 503 | 504, code: ProviderErrorCode, message: string, retryAfterS?: number): ProviderError {
  return new ProviderError(providerId, status, message, { code, retryAfterS });
}

/**
 * A key test: GET `url` (a read that spends nothing) with the key in `headers`. Unreachable or refused is a failed
 * test in the provider's words; accepted names what `detail` reads from the answer (the account, a balance), if any.
 */
export async function testKeyAt(name: string, url: string, headers: Record<string, string>, key: string, ctx: ProviderContext, detail: (body: unknown) => string): Promise<KeyTest> {
  let res: Response;
  try {
    res = await ctx.fetch(url, { headers, signal: deadlineSignal(10_000, ctx.signal) });
  } catch (err) {
    return { ok: false, message: `${name} could not be reached to test the key: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!res.ok) {
    const { text } = await reasonOf(res, key);
    return { ok: false, message: `${name} rejected the key (${res.status}): ${text}` };
  }
  const said = detail(await res.json().catch(() => ({})));
  return { ok: true, message: `${name} accepted the key${said ? ` (${said})` : ""}` };
}
