// Provider keys at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the KEY_ENCRYPTION_SECRET secret.
// The provider name is bound in as additional data, so a ciphertext copied to another provider's row fails.

import { toHex } from "../hash";

const encoder = new TextEncoder();
const derived = new Map<string, Promise<CryptoKey>>();

function b64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

function aesKey(secret: string): Promise<CryptoKey> {
  let key = derived.get(secret);
  if (!key) {
    key = (async () => {
      const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveKey"]);
      return crypto.subtle.deriveKey(
        { name: "HKDF", hash: "SHA-256", salt: encoder.encode("edge-media/provider-keys"), info: encoder.encode("aes-256-gcm v1") },
        material,
        { name: "AES-GCM", length: 256 },
        false,
        ["encrypt", "decrypt"],
      );
    })();
    derived.set(secret, key);
  }
  return key;
}

export interface Sealed {
  ciphertext: string;
  iv: string;
}

export async function seal(secret: string, label: string, plaintext: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(label) }, await aesKey(secret), encoder.encode(plaintext));
  return { ciphertext: b64(new Uint8Array(ct)), iv: b64(iv) };
}

/** The plaintext, or null when the secret changed or the row was tampered with. */
export async function open(secret: string, label: string, sealed: Sealed): Promise<string | null> {
  try {
    const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv: unb64(sealed.iv), additionalData: encoder.encode(label) }, await aesKey(secret), unb64(sealed.ciphertext));
    return new TextDecoder().decode(pt);
  } catch {
    return null;
  }
}

/** A one-way, keyed tag of a secret (HMAC-SHA-256): lets two requests with the same key share a cache entry. */
export async function tag(secret: string, value: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(`tag:${secret}`), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(value));
  return toHex(mac);
}
