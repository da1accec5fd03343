import { eq, sql } from "drizzle-orm";
import { readConfig } from "../config";
import { getDb } from "../db/drizzle";
import { apiKeys } from "../db/schema";
import { forgetKeyLookups, getKey } from "../auth/keys";

// Each client key has its own webhook signing secret. It is derived, not stored: HMAC-SHA256 under
// KEY_ENCRYPTION_SECRET of the key id and a version, so nothing at rest can sign a webhook, and rotating is
// bumping the version (the old secret stops working at once). Changing KEY_ENCRYPTION_SECRET changes every one.

const encoder = new TextEncoder();

function b64(bytes: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
}

/** The key's current signing secret ("whsec_..."), or null when KEY_ENCRYPTION_SECRET is not set. */
export async function keyWebhookSecret(env: Env, keyId: string, version: number): Promise<string | null> {
  const master = readConfig(env).keyEncryptionSecret;
  if (!master) return null;
  const mac = await crypto.subtle.importKey("raw", encoder.encode(`edge-media/webhook-signing:${master}`), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return `whsec_${b64(await crypto.subtle.sign("HMAC", mac, encoder.encode(`${keyId}:v${version}`)))}`;
}

/** A new signing secret for the key (the previous one stops signing); null when the key does not exist. */
export async function rotateKeyWebhookSecret(env: Env, keyId: string): Promise<{ secret: string | null } | null> {
  const [row] = await getDb(env.DB)
    .update(apiKeys)
    .set({ webhookSecretVersion: sql`${apiKeys.webhookSecretVersion} + 1` })
    .where(eq(apiKeys.id, keyId))
    .returning({ version: apiKeys.webhookSecretVersion });
  forgetKeyLookups();
  if (!row) return null;
  return { secret: await keyWebhookSecret(env, keyId, row.version) };
}

/** The signing secret of a key by id, at its current version (read fresh: a rotation applies at once). */
export async function currentKeyWebhookSecret(env: Env, keyId: string): Promise<string | null> {
  const key = await getKey(env, keyId);
  return key ? keyWebhookSecret(env, keyId, key.webhookSecretVersion) : null;
}
