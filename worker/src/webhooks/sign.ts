// Standard Webhooks signing (https://www.standardwebhooks.com): the receiver checks
// webhook-signature = "v1," + base64(HMAC-SHA256(secret, `${webhook-id}.${webhook-timestamp}.${body}`)),
// where the secret is the base64 part of a "whsec_..." string. Twenty lines of WebCrypto instead of a dependency.

const encoder = new TextEncoder();
const PREFIX = "whsec_";

function b64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** A new signing secret: 32 random bytes, "whsec_" + base64 (what Standard Webhooks libraries accept). */
export function newWebhookSecret(): string {
  return PREFIX + b64(crypto.getRandomValues(new Uint8Array(32)));
}

/** True for a "whsec_" + base64 string of 24-64 bytes. */
export function isWebhookSecret(secret: string): boolean {
  if (!secret.startsWith(PREFIX)) return false;
  try {
    const n = atob(secret.slice(PREFIX.length)).length;
    return n >= 24 && n <= 64;
  } catch {
    return false;
  }
}

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  const raw = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  return Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
}

/** `v1,<base64 signature>` over id.timestamp.body. */
export async function signWebhook(secret: string, id: string, timestampS: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", secretBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${id}.${timestampS}.${body}`));
  return `v1,${b64(new Uint8Array(mac))}`;
}

/** The three headers of one delivery attempt; signed afresh each attempt, since receivers reject old timestamps. */
export async function webhookHeaders(secret: string, id: string, body: string, now = Date.now()): Promise<Record<string, string>> {
  const timestamp = Math.floor(now / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "edge-media-webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": await signWebhook(secret, id, timestamp, body),
  };
}
