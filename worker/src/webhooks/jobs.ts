import type { Caller } from "../auth/caller";
import { readConfig } from "../config";
import { ApiError } from "../errors";
import { enqueueWebhook, recordUnsent, webhookSummary, type WebhookSummary } from "./deliver";
import { currentKeyWebhookSecret, keyWebhookSecret } from "./key-secrets";
import { checkWebhookUrl, isDevelopmentRequest } from "./url";

/**
 * A job's webhook: where to POST its final state, for whom, and which secret signs it. The secret itself is not
 * kept with the job: `secretRef` names it ("env" = WEBHOOK_SECRET), and it is looked up when the job ends.
 */
export interface JobWebhook {
  url: string;
  secretRef: "env" | `key:${string}`;
  ownerId: string;
}

/** The signing secret a reference names (a key's current one, or WEBHOOK_SECRET), or null when it no longer exists. */
export async function signingSecret(env: Env, ref: JobWebhook["secretRef"]): Promise<string | null> {
  if (ref === "env") return readConfig(env).webhooks.secret ?? null;
  return currentKeyWebhookSecret(env, ref.slice("key:".length));
}

/**
 * The webhook of a generate request: its webhook_url, else the calling key's default. A client key's jobs are
 * signed with that key's own secret; anonymous and admin callers' with WEBHOOK_SECRET. A clear 400 when the URL
 * is not acceptable, a 409 when there is no secret to sign with: before anything is generated or charged.
 */
export async function acceptWebhook(env: Env, raw: string | undefined, opts: { requestUrl: string; caller: Caller }): Promise<JobWebhook | null> {
  const { caller } = opts;
  const given = raw ?? (caller.kind === "key" ? caller.key.webhookUrl ?? undefined : undefined);
  if (given === undefined) return null;
  const url = checkWebhookUrl(given, { development: isDevelopmentRequest(opts.requestUrl), field: raw === undefined ? "webhook_url (the key's default)" : "webhook_url" });
  if (caller.kind === "key") {
    if (!(await keyWebhookSecret(env, caller.key.id, caller.key.webhookSecretVersion))) {
      throw new ApiError(409, "webhooks_not_configured", "webhook_url needs the key's signing secret, and keys have none until the operator sets KEY_ENCRYPTION_SECRET.");
    }
    return { url, secretRef: `key:${caller.key.id}`, ownerId: caller.ownerId };
  }
  if (!readConfig(env).webhooks.secret) {
    throw new ApiError(409, "webhooks_not_configured", "webhook_url needs a signing secret and this deployment has none: the operator sets WEBHOOK_SECRET (a whsec_ secret).");
  }
  return { url, secretRef: "env", ownerId: caller.ownerId };
}

/** Queues the POST of a finished job's final state. Never throws: a job's outcome does not depend on its webhook. */
export async function notifyJobEnded(env: Env, webhook: JobWebhook, jobId: string, status: string, data: unknown): Promise<void> {
  try {
    const input = { url: webhook.url, type: `generation.${status}`, data, ownerId: webhook.ownerId, generationId: jobId };
    const secret = await signingSecret(env, webhook.secretRef);
    if (!secret) return await recordUnsent(env, input, "not sent: the signing secret no longer exists (key deleted or WEBHOOK_SECRET unset)");
    await enqueueWebhook(env, { ...input, secret });
  } catch (err) {
    console.error(`job ${jobId}: queueing its webhook failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What GET /jobs/{id} shows: waiting while the job runs, then the delivery's status. */
export async function jobWebhookView(env: Env, jobId: string, ended: boolean): Promise<WebhookSummary | { status: "waiting"; attempts: 0; last_error: null }> {
  const summary = ended ? await webhookSummary(env, jobId) : null;
  return summary ?? { status: "waiting", attempts: 0, last_error: null };
}
